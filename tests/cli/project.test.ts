import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SENTENCES_SAMPLE, cliRunner } from './support/cli-runner';

const work = mkdtempSync(join(tmpdir(), 'es-project-'));
const cli = cliRunner(work);

describe('embedding-studio project', () => {
  it('map --project-out writes a project that project info describes', () => {
    const project = join(work, 'sentences.esproj');
    const mapped = cli(
      'map',
      '--input',
      SENTENCES_SAMPLE,
      '--out',
      join(work, 'c.csv'),
      '--project-out',
      project,
      '--quiet',
    );
    expect(mapped.stderr).toBe('');
    expect(mapped.status).toBe(0);
    const info = cli('project', 'info', project);
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/^Embedding Studio project, format 1, saved by 0\.1\.0 at \d{4}-/);
    expect(info.stdout).toContain('[0] sentences-ru-en.csv (csv, utf-8)');
    expect(info.stdout).toMatch(/\[0\] PCA 2-D of \d+ items from data set 0; tfidf-svd \(\d+-d\); seed 42/);
  });

  it('draws --coords as given and samples --sample rows', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `p${i};${i % 2 ? 'a' : 'b'};${i};${i * 2}`);
    writeFileSync(join(work, 'xy.csv'), ['text;label;x;y', ...rows].join('\n'));
    const out = join(work, 'xy-out.csv');
    const mapped = cli(
      'map',
      '--input',
      join(work, 'xy.csv'),
      '--out',
      out,
      '--coords',
      'x,y',
      '--sample',
      '6',
      '--stratify',
      'label',
      '--quiet',
    );
    expect(mapped.stderr).toBe('');
    const lines = readFileSync(out, 'utf8').trim().split('\n').slice(1);
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      const [, text = '', , x = '', y = ''] = line.split(',');
      const i = Number(text.slice(1));
      expect([Number(x), Number(y)]).toEqual([i, i * 2]);
    }
  });

  it('gives one-line errors for damaged files and bad arguments', () => {
    writeFileSync(join(work, 'broken.esproj'), 'PK not really');
    const broken = cli('project', 'info', 'broken.esproj');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^embedding-studio: broken\.esproj is damaged: .+\.\n$/);
    expect(cli('project', 'info', 'missing.esproj').stderr).toContain('no such file');
    expect(cli('project', 'list').status).toBe(2);
    expect(cli('project', '--help').stdout).toContain('project info FILE');
  });
});
