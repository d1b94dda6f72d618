import { describe, expect, it } from 'vitest';
import {
  initialTheme,
  PLOT_THEMES,
  saveTheme,
  THEME_STORAGE_KEY,
} from '../../../src/renderer/src/theme/theme';

function memory(
  initial: Record<string, string> = {},
): Pick<Storage, 'getItem' | 'setItem'> & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
}

describe('themes', () => {
  it('use the saved choice, else the system preference', () => {
    expect(initialTheme(memory({ [THEME_STORAGE_KEY]: 'dark' }), false)).toBe('dark');
    expect(initialTheme(memory({ [THEME_STORAGE_KEY]: 'light' }), true)).toBe('light');
    expect(initialTheme(memory({ [THEME_STORAGE_KEY]: 'purple' }), true)).toBe('dark');
    expect(initialTheme(null, false)).toBe('light');
  });

  it('survive storage that throws', () => {
    const broken = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
      setItem: (): void => {
        throw new Error('denied');
      },
    };
    expect(initialTheme(broken, true)).toBe('dark');
    expect(() => {
      saveTheme(broken, 'dark');
    }).not.toThrow();
  });

  it('remember the choice', () => {
    const storage = memory();
    saveTheme(storage, 'dark');
    expect(storage.data[THEME_STORAGE_KEY]).toBe('dark');
  });

  it('give every theme plot colours that differ from its background', () => {
    for (const theme of Object.values(PLOT_THEMES)) {
      expect(theme.dim).not.toBe(theme.background);
      expect(theme.ring).not.toBe(theme.background);
      expect(theme.labelText).not.toBe(theme.background);
    }
  });
});
