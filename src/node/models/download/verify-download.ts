import { StudioError } from '../../../shared/errors';
import { inspectModelFolder, missingModelFiles, weightsFileFor } from '../model-folder';
import type { DownloadDtype } from '../../../core/models/model-manager';

/** 8 tokens: enough to run every node of the graph once, so a damaged weights file fails here. */
const PROBE_TOKENS = 8;

/**
 * Checks a downloaded folder before it is installed: every required file is there, config.json is readable,
 * and the ONNX weights load in onnxruntime and run on one text. A damaged file gives `invalid-model` naming it.
 * `parentDir`/`modelId` locate the folder the way transformers.js looks models up.
 */
export async function verifyDownloadedModel(
  parentDir: string,
  modelId: string,
  folder: string,
  dtype: DownloadDtype,
): Promise<void> {
  const missing = missingModelFiles(folder);
  if (missing.length > 0) {
    throw new StudioError('invalid-model', `The download of "${modelId}" lacks ${missing.join(', ')}.`, {
      modelId,
      missing: missing.join(', '),
    });
  }
  inspectModelFolder(folder);
  // Imported here, not at the top: loading transformers.js costs about a second that listing never needs.
  const { loadEncoder } = await import('../../embedders/transformer/transformers-adapter');
  try {
    const encoder = await loadEncoder(
      { modelsDir: parentDir, modelId, dtype, threads: 1, allowDownloads: false },
      folder,
    );
    try {
      await encoder.encode(['probe'], PROBE_TOKENS);
    } finally {
      await encoder.dispose();
    }
  } catch (error) {
    throw new StudioError(
      'invalid-model',
      `The downloaded ${weightsFileFor(dtype)} of "${modelId}" is damaged and was discarded: ${(error as Error).message}`,
      { modelId, file: weightsFileFor(dtype) },
    );
  }
}
