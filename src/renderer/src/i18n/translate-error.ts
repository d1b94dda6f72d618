import type { StudioErrorInfo } from '../../../shared/errors';
import type { MessageKey } from './messages-en';
import type { Language } from './language';
import { CATALOGUES, formatMessage, placeholdersOf } from './translate';

/** Error codes the renderer raises itself, beyond the contract's (e.g. WebGL missing). */
export type RendererErrorCode =
  | 'no-client'
  | 'webgl-unavailable'
  | 'file-read-failed'
  | 'export-failed'
  | 'autosave-failed'
  | 'project-view-invalid';

/** An error as the UI shows it: a contract error, or one the renderer raised. */
export interface DisplayError {
  readonly code: StudioErrorInfo['code'] | RendererErrorCode;
  /** Complete English sentence: shown when there is no translation, and as details otherwise. */
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A translated error: the headline to show, and the English original when it adds something. */
export interface TranslatedError {
  readonly text: string;
  readonly details: string | null;
}

function hasKey(key: string, language: Language): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUES[language], key);
}

/**
 * Translates an error by its code when the catalogue has the message and every placeholder it needs is in
 * `params`; otherwise shows the English `message`, which always says what happened.
 */
export function translateError(error: DisplayError, language: Language): TranslatedError {
  const key = `error.${error.code}`;
  const params = error.params ?? {};
  if (hasKey(key, language)) {
    const template = CATALOGUES[language][key];
    if (placeholdersOf(template).every((name) => params[name] !== undefined)) {
      const text = formatMessage(template, params, language);
      return { text, details: error.message !== '' && error.message !== text ? error.message : null };
    }
  }
  return { text: error.message, details: null };
}
