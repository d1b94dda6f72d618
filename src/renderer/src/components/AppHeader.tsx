import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './LanguageSwitch';

/** The title bar: product name, what it does, and the language switch. */
export function AppHeader(): ReactNode {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <LanguageSwitch />
    </header>
  );
}
