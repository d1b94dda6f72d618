import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Theme } from '../theme/theme';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';

/** Props of {@link AppHeader}. */
export interface AppHeaderProps {
  readonly theme: Theme;
  readonly onTheme: (theme: Theme) => void;
  /** Opens the lesson picker. */
  readonly onLessons: () => void;
  /** Whether the picker is open or a lesson runs. */
  readonly lessonsActive: boolean;
}

/** The title bar: product name, what it does, the lessons button, the theme toggle and the language switch. */
export function AppHeader({ theme, onTheme, onLessons, lessonsActive }: AppHeaderProps): ReactNode {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-controls">
        <button
          type="button"
          className="secondary"
          data-testid="lessons-button"
          aria-haspopup="dialog"
          aria-pressed={lessonsActive}
          onClick={onLessons}
        >
          {t('lessons.open')}
        </button>
        <ThemeToggle theme={theme} onTheme={onTheme} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
