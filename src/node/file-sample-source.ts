import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { sampleInfoSchema, type SampleInfo } from '../shared/contract';
import { StudioError } from '../shared/errors';
import type { SampleSource } from '../core/samples/sample-source';

const sampleIndexSchema = z.array(sampleInfoSchema);

/** Serves the bundled sample data sets listed in `<resources>/samples/index.json`. */
export class FileSampleSource implements SampleSource {
  private index: Promise<SampleInfo[]> | undefined;

  constructor(private readonly resourcesDir: string) {}

  list(): Promise<SampleInfo[]> {
    this.index ??= this.readIndex();
    return this.index;
  }

  async read(sampleId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const sample = (await this.list()).find((candidate) => candidate.id === sampleId);
    if (sample === undefined) {
      throw new StudioError('unknown-sample', `There is no bundled sample "${sampleId}".`, { sampleId });
    }
    const bytes = await readFile(join(this.resourcesDir, 'samples', sample.fileName));
    return {
      fileName: sample.fileName,
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    };
  }

  private async readIndex(): Promise<SampleInfo[]> {
    const path = join(this.resourcesDir, 'samples', 'index.json');
    const parsed = sampleIndexSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success)
      throw new Error(`${path} does not match the sample index schema: ${parsed.error.message}`);
    // A file name from the index must stay inside the samples folder.
    for (const sample of parsed.data) {
      if (/[/\\]/.test(sample.fileName))
        throw new Error(`${path}: sample file name "${sample.fileName}" is a path.`);
    }
    return parsed.data;
  }
}
