import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/dataset/csv-parser';
import { startModelServer, type ModelServer } from '../support/model-server/model-server';
import { TINY_MODEL_ID, writeTinyCatalogue } from '../support/model-server/tiny-catalogue';
import { buildTinyModel } from '../support/tiny-model/build-tiny-model';
import { CLI_BIN, type CliRun, SENTENCES_SAMPLE, cliRunner } from './support/cli-runner';

const work = mkdtempSync(join(tmpdir(), 'es-cli-models-'));
const dataDir = join(work, 'data');
const tinyFolder = join(work, 'downloads', 'tiny-bert');
let server: ModelServer;
/** Variables that point downloads at the local test server, which offers the tiny model. */
let downloadEnv: Record<string, string> = {};
const cli = cliRunner(work, () => ({ ...downloadEnv, EMBEDDING_STUDIO_DATA: dataDir }));

/**
 * Like {@link cli}, without blocking this process: the test's model server runs in it and must answer.
 */
function cliAsync(...args: string[]): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI_BIN, ...args], {
    cwd: work,
    env: { ...process.env, ...downloadEnv, EMBEDDING_STUDIO_DATA: dataDir },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.once('close', (code) => {
      resolve({ status: code ?? -1, stdout, stderr });
    });
  });
}

/** A failure is one line on standard error, naming the command. */
function expectOneLineError(run: CliRun, pattern: RegExp): void {
  expect(run.status).not.toBe(0);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
}

beforeAll(async () => {
  await buildTinyModel(tinyFolder);
  server = await startModelServer({ [TINY_MODEL_ID]: tinyFolder });
  downloadEnv = {
    EMBEDDING_STUDIO_MODEL_HOST: server.host,
    EMBEDDING_STUDIO_EXTRA_CATALOGUE: await writeTinyCatalogue(work),
  };
});

afterAll(async () => {
  await server.close();
});

describe('embedding-studio models', () => {
  it('documents each subcommand in --help', () => {
    expect(cli('--help').stdout).toContain('models');
    const help = cli('models', '--help');
    expect(help.status).toBe(0);
    for (const word of ['list', 'add', 'remove', '--from-folder']) expect(help.stdout).toContain(word);
    expect(cli('models', 'add', '--help').stdout).toMatch(/--from-folder DIR[\s\S]*--id ID/);
    expect(cli('models', 'list', '--help').status).toBe(0);
    expect(cli('models', 'remove', '--help').stdout).toContain('remove ID');
  });

  it('lists the recommended models as not installed on a fresh data folder', () => {
    const list = cli('models', 'list');
    expect(list.status).toBe(0);
    for (const id of [
      'Xenova/paraphrase-multilingual-MiniLM-L12-v2',
      'Xenova/multilingual-e5-small',
      'Xenova/all-MiniLM-L6-v2',
    ]) {
      expect(list.stdout).toMatch(new RegExp(`^${id}\\tnot installed\\t384-d`, 'm'));
    }
  });

  it('rejects bad input with a one-line reason', () => {
    expectOneLineError(cli('models'), /^$/);
    expectOneLineError(cli('models', 'frob'), /Unknown models subcommand "frob"/);
    expectOneLineError(cli('models', 'add'), /--from-folder DIR is required/);
    expectOneLineError(cli('models', 'remove'), /exactly one model id/);
    const incomplete = join(work, 'incomplete');
    mkdirSync(join(incomplete, 'onnx'), { recursive: true });
    expectOneLineError(
      cli('models', 'add', '--from-folder', incomplete),
      /missing config\.json, tokenizer\.json, onnx\/model\*\.onnx/,
    );
    expectOneLineError(cli('models', 'remove', 'ghost'), /No model "ghost" is installed/);
  });

  it('round trip: add a folder, map with --embedder model:tiny, list, remove', () => {
    const add = cli('models', 'add', '--from-folder', tinyFolder, '--id', 'tiny');
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    expect(add.stdout).toContain('--embedder model:tiny');
    expect(cli('models', 'list').stdout).toMatch(/^tiny\tinstalled\t32-d\tfp32,q8\t.*\tmodel:tiny$/m);
    expect(cli('embedders').stdout).toMatch(/^model:tiny\t32-d/m);

    const out = join(work, 'tiny-map.csv');
    const map = cli('map', '--input', SENTENCES_SAMPLE, '--out', out, '--embedder', 'model:tiny');
    expect(map.stderr).toMatch(/Mapped 150 items with model:tiny \(32-d\)/);
    expect(map.status).toBe(0);
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'), { delimiter: ',', fileName: out }).map(
      (record) => record.fields,
    );
    expect(header).toEqual(['id', 'text', 'label', 'x', 'y']);
    expect(rows).toHaveLength(150);
    expect(rows.every((row) => row.slice(3).every((value) => Number.isFinite(Number(value))))).toBe(true);

    expect(cli('models', 'remove', 'tiny').status).toBe(0);
    expect(cli('models', 'list').stdout).not.toMatch(/^tiny\t/m);
    expectOneLineError(
      cli('map', '--input', SENTENCES_SAMPLE, '--out', out, '--embedder', 'model:tiny'),
      /model:tiny/,
    );
  });

  it('downloads only with permission, with byte progress on stderr, then maps with the model', async () => {
    expect(cli('models', 'list').stdout).toMatch(/^Downloads: off/m);
    expectOneLineError(cli('models', 'download', TINY_MODEL_ID), /Downloads are switched off/);
    expect(server.requests).toEqual([]);
    expectOneLineError(
      cli('models', 'download', TINY_MODEL_ID, '--dtype', 'fp16'),
      /--dtype must be q8 or fp32/,
    );
    const download = await cliAsync('models', 'download', TINY_MODEL_ID, '--allow-downloads');
    expect(download.status, download.stderr).toBe(0);
    expect(download.stderr).toMatch(/Downloading test\/tiny-bert: [\d.]+ KB of [\d.]+ KB \(100%\)/);
    expect(download.stdout).toContain(`--embedder model:${TINY_MODEL_ID}`);
    expect(cli('models', 'list').stdout).toMatch(/^test\/tiny-bert\tinstalled\t32-d\tq8\t/m);
    const out = join(work, 'downloaded-map.csv');
    const map = cli('map', '--input', SENTENCES_SAMPLE, '--out', out, '--embedder', `model:${TINY_MODEL_ID}`);
    expect(map.status, map.stderr).toBe(0);
    expectOneLineError(cli('models', 'download', TINY_MODEL_ID, '--allow-downloads'), /already installed/);
    expect(cli('models', 'remove', TINY_MODEL_ID).status).toBe(0);
  });
});
