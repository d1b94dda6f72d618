import { reductionMethodSchema, type ReductionMethod } from '../shared/contract';
import type { RenderThemeName } from '../render-core/render-constants';
import { DEFAULT_EMBEDDER, DEFAULT_SEED } from './map-options';
import { parseFlags, type FlagValues } from './parse-flags';
import { UsageError } from './usage-error';

/** Where the map to draw comes from: a saved project's map, or a file mapped now. */
export type PlotSource =
  | { readonly kind: 'project'; readonly file: string; readonly map: number }
  | {
      readonly kind: 'input';
      readonly file: string;
      readonly textColumn: string | undefined;
      readonly labelColumn: string | undefined;
      readonly method: ReductionMethod;
      readonly embedder: string;
    };

/** The picture's file type, from `--out`'s extension. */
export type PlotFormat = 'svg' | 'png' | 'pdf';

/** What `embedding-studio plot` was asked to do, after every flag was checked. */
export interface PlotOptions {
  readonly source: PlotSource;
  readonly out: string;
  readonly format: PlotFormat;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly theme: RenderThemeName;
}

/** 1200 × 800: a landscape picture that fits a slide or half a page at print resolution once scaled. */
const DEFAULT_WIDTH_PX = 1200;
const DEFAULT_HEIGHT_PX = 800;
/** 100–8192 px, the app's export limits: smaller is a thumbnail, larger exceeds GPUs' texture size. */
const MIN_SIZE_PX = 100;
const MAX_SIZE_PX = 8192;

export const PLOT_HELP = `Usage: embedding-studio plot (--project FILE [--map N] | --input FILE [options]) --out FILE

Draws a map as the app's 2D plot does: points coloured by the label column with the app's palette, text
labels where they fit, the legend and an optional title. A 3D map is drawn from its first two axes; a
project's map is fitted to the picture (the saved camera is not applied).

  --project FILE        a project file (.esproj) saved by the app or by "map --project-out"
  --map N               which of the project's maps to draw, from 0 (default: 0)
  --input FILE          a TXT/CSV/TSV/JSON/JSONL file to embed and reduce now (as "map" does)
  --text-column COL     column holding the text (default: the file's text-like column)
  --label-column COL    column holding each item's label (default: a label-like column, if any)
  --method pca|umap|tsne  dimensionality reduction for --input (default: pca)
  --embedder ID         embedder for --input (default: ${DEFAULT_EMBEDDER}); seed ${DEFAULT_SEED}
  --out FILE            plot.svg, plot.png or plot.pdf (the extension chooses; required)
  --width PX            picture width in pixels, ${MIN_SIZE_PX}-${MAX_SIZE_PX} (default: ${DEFAULT_WIDTH_PX})
  --height PX           picture height in pixels, ${MIN_SIZE_PX}-${MAX_SIZE_PX} (default: ${DEFAULT_HEIGHT_PX})
  --title TEXT          drawn centred above the map
  --theme light|dark    colours of the background and text (default: light)
  -h, --help            show this help

SVG is written directly. PNG and PDF are that SVG rendered by headless Chromium (through playwright-core),
because text cannot be drawn faithfully without a browser's font engine: they need a Chromium binary
($CHROMIUM_PATH, else /usr/bin/chromium or chromium-browser), and fail with a message naming it otherwise.
`;

const PLOT_FLAGS = {
  project: { type: 'string' },
  map: { type: 'string', default: '0' },
  input: { type: 'string' },
  'text-column': { type: 'string' },
  'label-column': { type: 'string' },
  method: { type: 'string', default: 'pca' },
  embedder: { type: 'string', default: DEFAULT_EMBEDDER },
  out: { type: 'string' },
  width: { type: 'string', default: String(DEFAULT_WIDTH_PX) },
  height: { type: 'string', default: String(DEFAULT_HEIGHT_PX) },
  title: { type: 'string', default: '' },
  theme: { type: 'string', default: 'light' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function readFlags(args: readonly string[]): FlagValues<typeof PLOT_FLAGS> {
  return parseFlags(args, PLOT_FLAGS);
}

function pixels(flag: string, text: string): number {
  const value = Number(text);
  if (/^\d+$/.test(text) && value >= MIN_SIZE_PX && value <= MAX_SIZE_PX) return value;
  throw new UsageError(
    `${flag} must be a whole number of pixels from ${MIN_SIZE_PX} to ${MAX_SIZE_PX}; got "${text}".`,
  );
}

function formatOf(out: string): PlotFormat {
  const extension = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
  if (extension === 'svg' || extension === 'png' || extension === 'pdf') return extension;
  throw new UsageError(`--out must end in .svg, .png or .pdf; got "${out}".`);
}

/** The map source: exactly one of --project and --input, each with only its own flags. */
function sourceOf(values: ReturnType<typeof readFlags>): PlotSource {
  const { project, input } = values;
  if ((project === undefined) === (input === undefined))
    throw new UsageError('Give exactly one of --project FILE and --input FILE.');
  if (project !== undefined) {
    const inputOnly = (['text-column', 'label-column'] as const).find((flag) => values[flag] !== undefined);
    if (inputOnly !== undefined) throw new UsageError(`--${inputOnly} applies only to --input.`);
    if (!/^\d+$/.test(values.map))
      throw new UsageError(`--map must be a map number from 0; got "${values.map}".`);
    return { kind: 'project', file: project, map: Number(values.map) };
  }
  const method = reductionMethodSchema.safeParse(values.method);
  if (!method.success)
    throw new UsageError(
      `--method must be one of: ${reductionMethodSchema.options.join(', ')}; got "${values.method}".`,
    );
  return {
    kind: 'input',
    file: input ?? '',
    textColumn: values['text-column'],
    labelColumn: values['label-column'],
    method: method.data,
    embedder: values.embedder,
  };
}

/** Parses and checks `plot`'s flags; throws {@link UsageError} with a one-line reason. */
export function parsePlotOptions(args: readonly string[]): PlotOptions | 'help' {
  const values = readFlags(args);
  if (values.help) return 'help';
  if (values.out === undefined)
    throw new UsageError('--out FILE is required (plot.svg, plot.png or plot.pdf).');
  if (values.theme !== 'light' && values.theme !== 'dark')
    throw new UsageError(`--theme must be light or dark; got "${values.theme}".`);
  return {
    source: sourceOf(values),
    out: values.out,
    format: formatOf(values.out),
    width: pixels('--width', values.width),
    height: pixels('--height', values.height),
    title: values.title,
    theme: values.theme,
  };
}
