import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { statSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Whether a file of a model folder is one transformers.js reads: top-level JSON and text files (configs,
 * tokenizer, vocab), sentence-transformers' 1_Pooling/, and ONNX weights with their external-data files.
 * A folder cloned from the Hub often also holds PyTorch/safetensors weights and .git, which run to gigabytes
 * and are never used here, so they are not copied.
 */
export function isModelFile(path: string): boolean {
  const parts = path.split(sep);
  const [first, second] = parts;
  if (parts.length === 1) return /\.(json|txt|model)$/i.test(first ?? '');
  if (parts.length === 2 && first === '1_Pooling') return second === 'config.json';
  if (parts.length === 2 && first === 'onnx') return /^model.*\.onnx(_data(_\d+)?)?$/.test(second ?? '');
  return false;
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Copies the model files of `source` into `target` (created); returns the relative paths copied. */
export async function copyModelFolder(source: string, target: string): Promise<string[]> {
  const files = (await listFiles(source)).filter(isModelFile);
  for (const file of files) {
    await mkdir(dirname(join(target, file)), { recursive: true });
    await copyFile(join(source, file), join(target, file));
  }
  return files;
}

/** Whether `path` is an existing folder. */
export async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** Total size of the files under `folder`, in bytes. */
export function folderSize(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
