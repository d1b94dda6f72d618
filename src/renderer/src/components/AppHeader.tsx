import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Theme } from '../theme/theme';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';

/** The title bar: product name, what it does, the theme toggle and the language switch. */
export function AppHeader({ theme, onTheme }: { theme: Theme; onTheme: (theme: Theme) => void }): ReactNode {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-controls">
        <ThemeToggle theme={theme} onTheme={onTheme} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
