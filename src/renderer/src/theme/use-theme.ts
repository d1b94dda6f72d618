import { useEffect, useState } from 'react';
import { initialTheme, saveTheme, type Theme, type ThemeStorage } from './theme';

/** localStorage, or null where reading the property itself throws (some sandboxed contexts do). */
function browserStorage(): ThemeStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The theme (saved choice, else the system's) and its setter; keeps `<html data-theme>` in step for the CSS. */
export function useTheme(): { theme: Theme; setTheme: (theme: Theme) => void } {
  const [theme, setThemeState] = useState<Theme>(() =>
    initialTheme(browserStorage(), window.matchMedia('(prefers-color-scheme: dark)').matches),
  );
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  return {
    theme,
    setTheme: (next) => {
      saveTheme(browserStorage(), next);
      setThemeState(next);
    },
  };
}
