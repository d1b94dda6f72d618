import { StudioError } from '../../shared/errors';

/**
 * A model id is a folder name, optionally under an owner as on the Hugging Face Hub (`Xenova/all-MiniLM-L6-v2`).
 * Each part starts with a letter or digit and holds only letters, digits, `.`, `_` and `-`, so an id can never
 * climb out of the models folder (`..`) or name a hidden temporary folder.
 */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;

/** Throws `invalid-arguments` unless `id` is a safe model id. */
export function checkModelId(id: string): string {
  if (!MODEL_ID.test(id) || id.split('/').some((part) => part.includes('..'))) {
    throw new StudioError(
      'invalid-arguments',
      `"${id}" is not a model id: use letters, digits, ".", "_" and "-", optionally as owner/name.`,
      { id },
    );
  }
  return id;
}
