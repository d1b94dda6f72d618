import type { SampleInfo } from '../../../src/shared/contract';
import { StudioError } from '../../../src/shared/errors';
import type { SampleSource } from '../../../src/core/samples/sample-source';

/** A SampleSource over files held in memory. */
export class MemorySampleSource implements SampleSource {
  constructor(private readonly files: Readonly<Record<string, { info: SampleInfo; bytes: Uint8Array }>>) {}

  list(): Promise<SampleInfo[]> {
    return Promise.resolve(Object.values(this.files).map((file) => file.info));
  }

  read(sampleId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const file = this.files[sampleId];
    if (file === undefined) return Promise.reject(new StudioError('unknown-sample', `no sample ${sampleId}`));
    return Promise.resolve({ fileName: file.info.fileName, bytes: file.bytes });
  }
}

/** A sample description with the given id and file name. */
export function sampleInfo(id: string, fileName: string): SampleInfo {
  return {
    id,
    fileName,
    title: { en: id, ru: id },
    description: { en: `${id} sample`, ru: `пример ${id}` },
  };
}
