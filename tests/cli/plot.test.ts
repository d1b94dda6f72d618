import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignColors, hexToRgb } from '../../src/renderer/src/plot/palette';
import { cliRunner } from './support/cli-runner';

const work = mkdtempSync(join(tmpdir(), 'es-plot-'));
const cli = cliRunner(work);

/** The Chromium that PNG/PDF output and the XML check use, found as the CLI finds it. */
const CHROMIUM = [
  process.env['CHROMIUM_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((path): path is string => path !== undefined && path !== '' && existsSync(path));
const needsBrowser = CHROMIUM === undefined && process.env['EMBEDDING_STUDIO_REQUIRE_BROWSER'] !== '1';

/** A teacher's word set with coordinates as given, so every point's place in the picture is known. */
const WORDS = [
  ['кошка', 'животные', 0, 0],
  ['собака', 'животные', 1, 0.5],
  ['мышь', 'животные', 0.5, 1.5],
  ['компьютер', 'техника', 6, 4],
  ['клавиатура', 'техника', 7, 5],
  ['монитор', 'техника', 6.5, 6],
  ['New York & <co>', 'города', 3, 8],
] as const;

let project = '';

beforeAll(() => {
  const csv = ['text,topic,x,y', ...WORDS.map((row) => row.join(','))].join('\n');
  writeFileSync(join(work, 'words.csv'), csv);
  project = join(work, 'words.esproj');
  const mapped = cli(
    'map',
    '--input',
    join(work, 'words.csv'),
    '--label-column',
    'topic',
    '--coords',
    'x,y',
    '--out',
    join(work, 'coords.csv'),
    '--project-out',
    project,
    '--quiet',
  );
  expect(mapped.stderr).toBe('');
  expect(mapped.status).toBe(0);
});

/** What the browser's XML parser found in the SVG. */
interface ParsedSvg {
  readonly error: number;
  readonly points: number;
  readonly texts: readonly (string | null)[];
}

/** Every `<circle data-index>`'s index, centre and fill. */
function circlesOf(svg: string): { index: number; cx: number; cy: number; fill: string }[] {
  return [
    ...svg.matchAll(
      /<circle data-index="(\d+)" cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" fill="(#[0-9a-f]{6})"/g,
    ),
  ].map((match) => ({
    index: Number(match[1]),
    cx: Number(match[2]),
    cy: Number(match[3]),
    fill: match[4] ?? '',
  }));
}

describe('embedding-studio plot --project … --out plot.svg', () => {
  let svg = '';
  beforeAll(() => {
    const out = join(work, 'words.svg');
    const run = cli(
      'plot',
      '--project',
      project,
      '--out',
      out,
      '--title',
      'Слова: животные & техника',
      '--width',
      '640',
      '--height',
      '480',
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('7 points');
    svg = readFileSync(out, 'utf8');
  });

  it('has one circle per point, coloured with the app palette for the label column', () => {
    const circles = circlesOf(svg);
    expect(circles.map((circle) => circle.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const assignment = assignColors(WORDS.map((row) => row[1]));
    for (const circle of circles) {
      expect(circle.fill).toBe(assignment.entries[assignment.entryOfPoint[circle.index] ?? -1]?.color);
    }
    // y grows upwards in the data and downwards in the picture: "New York" (y = 8) is highest.
    const highest = circles.reduce((a, b) => (b.cy < a.cy ? b : a));
    expect(highest.index).toBe(6);
  });

  it('has every label in the legend, the title, and escapes text', () => {
    for (const label of ['животные', 'техника', 'города']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('>Слова: животные &#38; техника</text>');
    expect(svg).toContain('New York &#38; &#60;co&#62;');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="480"/);
  });

  it.skipIf(needsBrowser)('parses as XML (the browser’s own parser), with the same elements', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      // A script string: this test type-checks without the DOM library, and the parser runs in the page.
      const script = `(() => {
        const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
        return {
          error: doc.getElementsByTagName('parsererror').length,
          points: doc.querySelectorAll('[data-layer="points"] circle').length,
          texts: Array.from(doc.querySelectorAll('text'), (node) => node.textContent),
        };
      })()`;
      const parsed = await page.evaluate<ParsedSvg>(script);
      expect(parsed.error).toBe(0);
      expect(parsed.points).toBe(WORDS.length);
      expect(parsed.texts).toContain('Слова: животные & техника');
      expect(parsed.texts).toEqual(expect.arrayContaining(['животные', 'техника', 'города']));
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(needsBrowser)('embedding-studio plot --out plot.png|plot.pdf (headless Chromium)', () => {
  it('writes a PNG of the requested pixel size whose points sit where the SVG says, in their colours', () => {
    const size = ['--width', '900', '--height', '500'];
    const svgRun = cli(
      'plot',
      '--project',
      project,
      '--out',
      join(work, 'p.svg'),
      ...size,
      '--theme',
      'dark',
    );
    const pngRun = cli(
      'plot',
      '--project',
      project,
      '--out',
      join(work, 'p.png'),
      ...size,
      '--theme',
      'dark',
    );
    expect([svgRun.status, pngRun.status]).toEqual([0, 0]);
    const png = PNG.sync.read(readFileSync(join(work, 'p.png')));
    expect([png.width, png.height]).toEqual([900, 500]);
    const at = (x: number, y: number): number[] => {
      const offset = (Math.round(y) * png.width + Math.round(x)) * 4;
      return Array.from(png.data.subarray(offset, offset + 3));
    };
    // Not blank: the dark background fills the corner, and each point's centre has the point's colour.
    expect(at(2, png.height - 2)).toEqual(hexToRgb('#2a2e37'));
    for (const circle of circlesOf(readFileSync(join(work, 'p.svg'), 'utf8'))) {
      const [r = 0, g = 0, b = 0] = at(circle.cx, circle.cy);
      const [er, eg, eb] = hexToRgb(circle.fill);
      expect(Math.max(Math.abs(r - er), Math.abs(g - eg), Math.abs(b - eb))).toBeLessThanOrEqual(2);
    }
  });

  it('writes a one-page PDF from the input file mapped now', () => {
    const out = join(work, 'words.pdf');
    const run = cli(
      'plot',
      '--input',
      join(work, 'words.csv'),
      '--label-column',
      'topic',
      '--out',
      out,
      '--title',
      'PDF',
    );
    expect(run.status).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
});

describe('embedding-studio plot: bad command lines and inputs', () => {
  it('refuses contradictory or missing flags with exit code 2 and a one-line reason', () => {
    const both = cli('plot', '--project', project, '--input', 'x.csv', '--out', 'a.svg');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('exactly one of --project FILE and --input FILE');
    const jpeg = cli('plot', '--project', project, '--out', 'a.jpg');
    expect(jpeg.status).toBe(2);
    expect(jpeg.stderr).toContain('--out must end in .svg, .png or .pdf');
    const tiny = cli('plot', '--project', project, '--out', 'a.svg', '--width', '20');
    expect(tiny.status).toBe(2);
    expect(tiny.stderr).toContain('--width must be a whole number of pixels from 100 to 8192');
  });

  it('names a missing map and a missing file with exit code 1, and writes nothing', () => {
    const out = join(work, 'none.svg');
    const missingMap = cli('plot', '--project', project, '--map', '3', '--out', out);
    expect(missingMap.status).toBe(1);
    expect(missingMap.stderr).toContain('--map 3: the project');
    expect(missingMap.stderr).toContain('holds 1 map(s)');
    const missingFile = cli('plot', '--project', join(work, 'nope.esproj'), '--out', out);
    expect(missingFile.status).toBe(1);
    expect(missingFile.stderr).toContain('no such file');
    expect(existsSync(out)).toBe(false);
  });

  it('explains itself in --help, naming how PNG is made', () => {
    const help = cli('plot', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('headless Chromium');
  });
});
