import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/dataset/csv-parser';
import { REPO_ROOT, SENTENCES_SAMPLE, cliRunner, neighbourLabelAgreement } from './support/cli-runner';

const WORDS = join(REPO_ROOT, 'resources', 'samples', 'words-ru-en.csv');
const work = mkdtempSync(join(tmpdir(), 'es-cli-'));
const cli = cliRunner(work);

function readRecords(path: string): string[][] {
  return parseCsv(readFileSync(path, 'utf8'), { delimiter: ',', fileName: path }).map(
    (record) => record.fields,
  );
}

interface CoordsRow {
  readonly text: string;
  readonly label: string;
  readonly point: number[];
}

function readCoords(path: string): { header: string[]; rows: CoordsRow[] } {
  const [header = [], ...records] = readRecords(path);
  const axes = header.length - 3;
  return {
    header,
    rows: records.map((record) => ({
      text: record[1] ?? '',
      label: record[2] ?? '',
      point: record.slice(3, 3 + axes).map(Number),
    })),
  };
}

/** Mean distance between points with the same label, over mean distance between points with different labels. */
function withinToBetweenRatio(rows: readonly CoordsRow[]): number {
  let within = 0;
  let withinCount = 0;
  let between = 0;
  let betweenCount = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i];
      const b = rows[j];
      if (a === undefined || b === undefined) continue;
      const distance = Math.hypot(...a.point.map((value, axis) => value - (b.point[axis] ?? 0)));
      if (a.label === b.label) {
        within += distance;
        withinCount++;
      } else {
        between += distance;
        betweenCount++;
      }
    }
  }
  return within / withinCount / (between / betweenCount);
}

describe('embedding-studio CLI', () => {
  it('documents every flag in --help', () => {
    const help = cli('map', '--help');
    expect(help.status).toBe(0);
    for (const flag of [
      '--input',
      '--out',
      '--text-column',
      '--label-column',
      '--embedder',
      '--method',
      '--dims',
      '--seed',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    expect(cli('--help').stdout).toContain('map');
  });

  it('maps the sentence sample: one row per item, finite coordinates, topics closer within than between', () => {
    const out = join(work, 'sentences.csv');
    const run = cli('map', '--input', SENTENCES_SAMPLE, '--out', out);
    expect(run.stderr).toMatch(/Mapped 150 items/);
    expect(run.status).toBe(0);
    const { header, rows } = readCoords(out);
    expect(header).toEqual(['id', 'text', 'label', 'x', 'y']);
    const input = readRecords(SENTENCES_SAMPLE).slice(1);
    expect(rows.map((row) => row.text)).toEqual(input.map((record) => record[0]));
    expect(rows.map((row) => row.label)).toEqual(input.map((record) => record[1]));
    expect(rows.every((row) => row.point.length === 2 && row.point.every(Number.isFinite))).toBe(true);
    const ratio = withinToBetweenRatio(rows);
    console.log(`sentence sample, PCA 2-d: mean within-topic / between-topic distance = ${ratio.toFixed(3)}`);
    expect(ratio).toBeLessThan(0.9);
  });

  it('maps with UMAP: flags reach the core, the layout is reproducible, topics separate further', () => {
    const first = join(work, 'umap-a.csv');
    const second = join(work, 'umap-b.csv');
    const args = [
      'map',
      '--input',
      SENTENCES_SAMPLE,
      '--method',
      'umap',
      '--neighbors',
      '10',
      '--min-dist',
      '0.2',
    ];
    const run = cli(...args, '--out', first);
    expect(run.stderr).toMatch(/Mapped 150 items with tfidf-svd \(64-d\) and UMAP to 2-d/);
    expect(run.status).toBe(0);
    expect(cli(...args, '--out', second, '--quiet').status).toBe(0);
    expect(readFileSync(first, 'utf8')).toBe(readFileSync(second, 'utf8'));
    const { rows } = readCoords(first);
    expect(rows.every((row) => row.point.every(Number.isFinite))).toBe(true);
    // UMAP keeps neighbourhoods, not distances: measure it by who the neighbours are. PCA on the same
    // vectors is the baseline; chance is 0.2 with five topics.
    const pca = join(work, 'pca.csv');
    expect(cli('map', '--input', SENTENCES_SAMPLE, '--out', pca, '--quiet').status).toBe(0);
    const umapAgreement = neighbourLabelAgreement(rows, 5);
    const pcaAgreement = neighbourLabelAgreement(readCoords(pca).rows, 5);
    console.log(
      `sentence sample, share of 5 nearest map neighbours on the same topic: UMAP ${umapAgreement.toFixed(3)}, ` +
        `PCA ${pcaAgreement.toFixed(3)} (chance 0.200)`,
    );
    expect(umapAgreement).toBeGreaterThan(0.9);
    expect(umapAgreement).toBeGreaterThan(pcaAgreement);
    // A different neighbourhood gives a different layout: the flag is not ignored.
    const third = join(work, 'umap-c.csv');
    expect(
      cli(
        'map',
        '--input',
        SENTENCES_SAMPLE,
        '--method',
        'umap',
        '--neighbors',
        '30',
        '--out',
        third,
        '--quiet',
      ).status,
    ).toBe(0);
    expect(readFileSync(third, 'utf8')).not.toBe(readFileSync(first, 'utf8'));
  });

  it('is reproducible: the same seed writes the same bytes; --dims 3 adds z', () => {
    const first = join(work, 'a.csv');
    const second = join(work, 'b.csv');
    expect(cli('map', '--input', WORDS, '--out', first, '--seed', '9', '--quiet').status).toBe(0);
    expect(cli('map', '--input', WORDS, '--out', second, '--seed', '9', '--quiet').status).toBe(0);
    expect(readFileSync(first, 'utf8')).toBe(readFileSync(second, 'utf8'));
    const threeD = join(work, 'c.csv');
    expect(
      cli('map', '--input', WORDS, '--out', threeD, '--dims', '3', '--label-column', 'language').status,
    ).toBe(0);
    const { header, rows } = readCoords(threeD);
    expect(header).toEqual(['id', 'text', 'label', 'x', 'y', 'z']);
    expect(new Set(rows.map((row) => row.label))).toEqual(new Set(['ru', 'en']));
  });

  it('maps a plain TXT file, one item per line, without labels', () => {
    const input = join(work, 'items.txt');
    writeFileSync(input, 'кошка\nсобака\n\nмышь\ncomputer\nkeyboard\n');
    const out = join(work, 'items.csv');
    expect(cli('map', '--input', input, '--out', out, '--quiet').status).toBe(0);
    const { rows } = readCoords(out);
    expect(rows.map((row) => row.text)).toEqual(['кошка', 'собака', 'мышь', 'computer', 'keyboard']);
    expect(rows.every((row) => row.label === '')).toBe(true);
  });

  it('exits non-zero with a one-line reason for bad arguments and bad files', () => {
    const cases: { args: string[]; status: number; reason: RegExp }[] = [
      { args: ['map', '--out', 'x.csv'], status: 2, reason: /--input FILE is required/ },
      {
        args: ['map', '--input', SENTENCES_SAMPLE, '--out', 'x.csv', '--dims', '4'],
        status: 2,
        reason: /--dims must be 2 or 3/,
      },
      {
        args: ['map', '--input', SENTENCES_SAMPLE, '--out', 'x.csv', '--seed', '-1'],
        status: 2,
        reason: /--seed/,
      },
      {
        args: ['map', '--input', SENTENCES_SAMPLE, '--out', 'x.csv', '--method', 'mds'],
        status: 2,
        reason: /--method/,
      },
      { args: ['map', '--input', SENTENCES_SAMPLE, '--out', 'x.csv', '--bogus'], status: 2, reason: /bogus/ },
      {
        args: ['map', '--input', 'missing.csv', '--out', 'x.csv'],
        status: 1,
        reason: /missing\.csv.*no such file/,
      },
      {
        args: ['map', '--input', SENTENCES_SAMPLE, '--out', 'x.csv', '--text-column', 'body'],
        status: 1,
        reason: /body/,
      },
      {
        args: ['map', '--input', SENTENCES_SAMPLE, '--out', 'x.csv', '--embedder', 'gpt'],
        status: 1,
        reason: /gpt/,
      },
      { args: ['frobnicate'], status: 2, reason: /Unknown command/ },
      {
        args: ['map', '--input', SENTENCES_SAMPLE, '--out', 'x.csv', '--neighbors', '5'],
        status: 2,
        reason: /only to --method umap/,
      },
      {
        args: ['map', '--input', SENTENCES_SAMPLE, '--out', 'x.csv', '--method', 'umap', '--min-dist', '3'],
        status: 2,
        reason: /--min-dist/,
      },
      {
        args: [
          'map',
          '--input',
          SENTENCES_SAMPLE,
          '--out',
          'x.csv',
          '--method',
          'umap',
          '--metric',
          'manhattan',
        ],
        status: 2,
        reason: /--metric must be cosine or euclidean/,
      },
    ];
    for (const { args, status, reason } of cases) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(status);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr, args.join(' ')).toMatch(reason);
    }
  });

  it('names the file and line of a malformed CSV', () => {
    const input = join(work, 'broken.csv');
    writeFileSync(input, 'text,label\nok,a\n"unterminated,b\nfine,c\n');
    const run = cli('map', '--input', input, '--out', join(work, 'never.csv'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.csv/);
    expect(run.stderr).toMatch(/line 3/);
  });
});
