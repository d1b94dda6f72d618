import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Theme } from '../theme/theme';

/** Switches between the light and the dark theme; the choice is remembered. */
export function ThemeToggle({
  theme,
  onTheme,
}: {
  theme: Theme;
  onTheme: (theme: Theme) => void;
}): ReactNode {
  const { t } = useI18n();
  const next = theme === 'light' ? 'dark' : 'light';
  return (
    <button
      type="button"
      className="secondary"
      data-testid="theme-toggle"
      data-theme={theme}
      aria-label={t(theme === 'light' ? 'theme.toDark' : 'theme.toLight')}
      onClick={() => {
        onTheme(next);
      }}
    >
      {t(theme === 'light' ? 'theme.dark' : 'theme.light')}
    </button>
  );
}
