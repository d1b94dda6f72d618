import type { EmbedderInfo } from '../../shared/contract';
import type { Embedder } from '../embedders/embedder';
import type { JobControl } from '../jobs/job-registry';
import type { DownloadDtype, DownloadProgress, ModelManager } from './model-manager';

/**
 * The body of a `downloadModel` job: streams byte progress (done/total bytes, rate and time left) under the
 * `prepare` stage — the contract's stages are the map's, and a download prepares an embedder — then hands
 * the installed model's embedder to `register` and ends the job with `model-ready`.
 */
export async function runModelDownload(
  manager: ModelManager,
  request: { readonly modelId: string; readonly dtype: DownloadDtype },
  control: JobControl,
  register: (embedder: Embedder) => void,
): Promise<{ type: 'model-ready'; embedder: EmbedderInfo }> {
  const embedder = await manager.download(request.modelId, request.dtype, {
    signal: control.signal,
    onProgress: (progress: DownloadProgress) => {
      const fraction = progress.total > 0 ? progress.done / progress.total : 0;
      const measures =
        progress.etaMs === undefined
          ? { ratePerSecond: progress.ratePerSecond }
          : { ratePerSecond: progress.ratePerSecond, etaMs: progress.etaMs };
      control.progress('prepare', fraction, { done: progress.done, total: progress.total }, measures);
    },
  });
  register(embedder);
  return { type: 'model-ready', embedder: embedder.info };
}
