/**
 * Light and dark themes: the page's colours live in CSS (`[data-theme]`), the plot's here, because WebGL
 * and the label canvas cannot read CSS variables cheaply on every frame.
 */

/** The themes the UI offers. */
export const THEMES = ['light', 'dark'] as const;
/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/** Where the user's choice is kept between sessions. */
export const THEME_STORAGE_KEY = 'embedding-studio.theme';

/** Every colour the plot draws that is not a data colour. */
export interface PlotTheme {
  readonly background: string;
  /** Points outside the selection or the search: a grey that recedes on this background. */
  readonly dim: string;
  /** The ring around search matches: the strongest contrast to the background. */
  readonly ring: string;
  readonly labelText: string;
  /** Halo around label text: the background, so text stays readable over points. */
  readonly labelHalo: string;
  /** 3D axes and floor grid. */
  readonly axis: string;
  readonly grid: string;
  /** The lasso and box outline while dragging. */
  readonly gesture: string;
}

/** The plot's colours per theme. The dark background is not black: the palette's black category stays visible. */
export const PLOT_THEMES: Readonly<Record<Theme, PlotTheme>> = {
  light: {
    background: '#fbfbfd',
    dim: '#c4c7ce',
    ring: '#1f2430',
    labelText: '#262a33',
    labelHalo: 'rgba(251, 251, 253, 0.9)',
    axis: '#8a909c',
    grid: '#d7dbe3',
    gesture: '#0b5cad',
  },
  dark: {
    background: '#2a2e37',
    dim: '#555b67',
    ring: '#f3f4f7',
    labelText: '#e8eaef',
    labelHalo: 'rgba(42, 46, 55, 0.9)',
    axis: '#9aa1ad',
    grid: '#434955',
    gesture: '#7ab8ff',
  },
};

/** Whether `value` names a theme. */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The subset of `Storage` used here, so tests can pass a plain object. */
export type ThemeStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved theme, else the system's preference. Unreadable storage only loses the remembered choice. */
export function initialTheme(storage: ThemeStorage | null, prefersDark: boolean): Theme {
  try {
    const saved = storage?.getItem(THEME_STORAGE_KEY);
    if (isTheme(saved)) return saved;
  } catch {
    // Fall through to the system preference.
  }
  return prefersDark ? 'dark' : 'light';
}

/** Remembers the choice; failing to store it only loses the memory, the theme still switches. */
export function saveTheme(storage: ThemeStorage | null, theme: Theme): void {
  try {
    storage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Nothing to tell the user.
  }
}
