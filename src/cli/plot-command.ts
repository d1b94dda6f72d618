import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RENDER_THEMES } from '../render-core/render-constants';
import { scatterScene } from '../render-core/scatter-scene';
import { scatterSvg } from '../render-core/scatter-svg';
import { rasteriseSvg } from './plot-browser';
import type { PlotOptions } from './plot-options';
import { plotMapOf } from './plot-source';
import type { JobRunningCore } from './run-map-job';

/** Writes atomically: a temporary file beside the target, then a rename, so a failed run leaves no half file. */
async function writeAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    throw new Error(`Cannot write --out "${path}": ${(error as Error).message}`);
  }
}

/**
 * Runs `embedding-studio plot`: gets the map (a project's, or the input mapped now), lays it out and writes it
 * as SVG, or as PNG/PDF rendered from that SVG by headless Chromium. Prints one line saying what it wrote.
 */
export async function runPlotCommand(
  core: JobRunningCore,
  options: PlotOptions,
  stderr: NodeJS.WritableStream,
): Promise<void> {
  const map = await plotMapOf(core, options.source);
  const size = { width: options.width, height: options.height };
  const scene = scatterScene(map, size, options.title.trim() !== '');
  const svg = scatterSvg(scene, RENDER_THEMES[options.theme], options.title);
  const bytes = options.format === 'svg' ? svg : await rasteriseSvg(svg, size, options.format);
  await writeAtomically(options.out, bytes);
  stderr.write(
    `Wrote ${options.out}: ${scene.points.length} points, ${scene.labels.length} labels, ` +
      `${scene.legend.length} legend rows, ${size.width} × ${size.height} px (${options.format.toUpperCase()}).\n`,
  );
}
