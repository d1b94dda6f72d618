import type { DownloadDtype } from '../../../core/models/model-manager';
import { weightsFileFor } from '../model-folder';

/** One file of a download: its path inside the model folder, and whether the model works without it. */
export interface ModelFile {
  readonly path: string;
  readonly optional: boolean;
}

/**
 * The files a catalogue model needs for one dtype, in download order (small configs first, so a wrong
 * model id or host fails in milliseconds rather than after the weights). The optional ones are used when
 * the repository has them: tokenizer_config.json and special_tokens_map.json refine the tokenizer, and
 * 1_Pooling/config.json declares sentence-transformers' pooling.
 */
export function modelFilesFor(dtype: DownloadDtype): ModelFile[] {
  return [
    { path: 'config.json', optional: false },
    { path: 'tokenizer.json', optional: false },
    { path: 'tokenizer_config.json', optional: true },
    { path: 'special_tokens_map.json', optional: true },
    { path: '1_Pooling/config.json', optional: true },
    { path: weightsFileFor(dtype), optional: false },
  ];
}

/** The variable that points downloads at another host: a mirror, or a test's 127.0.0.1 server. */
export const MODEL_HOST_ENV = 'EMBEDDING_STUDIO_MODEL_HOST';
/** The Hugging Face Hub; files are fetched from its `resolve` URLs, as transformers.js does. */
export const DEFAULT_MODEL_HOST = 'https://huggingface.co';
/** Catalogue models are fetched from their default branch. */
const REVISION = 'main';

/** The host downloads go to: EMBEDDING_STUDIO_MODEL_HOST when set, else the Hub. */
export function modelHost(env: NodeJS.ProcessEnv = process.env): string {
  const host = env[MODEL_HOST_ENV];
  return (host !== undefined && host !== '' ? host : DEFAULT_MODEL_HOST).replace(/\/+$/, '');
}

/** `<host>/<owner>/<name>/resolve/main/<file>`: the Hub's layout, which mirrors copy. */
export function modelFileUrl(host: string, modelId: string, file: string): string {
  const path = [...modelId.split('/'), 'resolve', REVISION, ...file.split('/')]
    .map(encodeURIComponent)
    .join('/');
  return `${host}/${path}`;
}
