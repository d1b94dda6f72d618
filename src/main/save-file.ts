import { dialog, type BrowserWindow } from 'electron';
import type { SaveFileRequest, SaveOutcome } from '../shared/contract';
import { writeFileAtomically } from './atomic-write';

const FILTERS: Readonly<Record<SaveFileRequest['mimeType'], Electron.FileFilter>> = {
  'image/png': { name: 'PNG image', extensions: ['png'] },
  'image/svg+xml': { name: 'SVG image', extensions: ['svg'] },
  'text/csv': { name: 'CSV table', extensions: ['csv'] },
  'application/x-ndjson': { name: 'JSON Lines', extensions: ['jsonl'] },
  'application/x-npy': { name: 'NumPy array', extensions: ['npy'] },
  'application/pdf': { name: 'PDF document', extensions: ['pdf'] },
  'text/plain': { name: 'Word vectors (word2vec text)', extensions: ['vec', 'txt'] },
  'application/x-embedding-studio-project': { name: 'Embedding Studio project', extensions: ['esproj'] },
};

/**
 * Asks the user where to save, then writes atomically (a temporary file renamed over the target), so a
 * crash mid-write never leaves a half-written file under the user's chosen name. The renderer never names
 * a path: only the dialog the user answered does.
 */
export async function saveFileWithDialog(
  window: BrowserWindow,
  request: SaveFileRequest,
): Promise<SaveOutcome> {
  const choice = await dialog.showSaveDialog(window, {
    defaultPath: request.suggestedName,
    filters: [FILTERS[request.mimeType]],
  });
  if (choice.canceled || choice.filePath === '') return { saved: false };
  const target = choice.filePath;
  await writeFileAtomically(target, request.bytes);
  return { saved: true, location: target };
}
