import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** A toggle between English and Russian; shows both codes with the active one highlighted. */
export function LanguageSwitch(): ReactNode {
  const { language, setLanguage, t } = useI18n();
  return (
    <button
      type="button"
      className="language-switch"
      data-testid="language-switch"
      data-language={language}
      aria-label={t('language.switch')}
      onClick={() => {
        setLanguage(language === 'en' ? 'ru' : 'en');
      }}
    >
      <span lang="en" className={language === 'en' ? 'active' : undefined}>
        EN
      </span>
      <span aria-hidden="true"> / </span>
      <span lang="ru" className={language === 'ru' ? 'active' : undefined}>
        RU
      </span>
    </button>
  );
}
