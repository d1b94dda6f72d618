import { parseArgs } from 'node:util';
import { UsageError } from './usage-error';

/** What `embedding-studio models …` was asked to do, after every flag was checked. */
export type ModelsRequest =
  | { readonly kind: 'help'; readonly text: string; readonly exitCode: number }
  | { readonly kind: 'list' }
  | { readonly kind: 'add'; readonly folder: string; readonly id: string | undefined }
  | { readonly kind: 'remove'; readonly id: string }
  | {
      readonly kind: 'download';
      readonly id: string;
      readonly dtype: 'q8' | 'fp32';
      /** Allow the network for this one download, whatever the saved switch says. */
      readonly allowDownloads: boolean;
    };

export const MODELS_HELP = `Usage: embedding-studio models <list|add|download|remove> [options]

Manages the transformer models installed in the app's data folder (EMBEDDING_STUDIO_DATA overrides it).
An installed model is offered as the embedder "model:<id>", e.g. "map --embedder model:<id>".

  list                               installed models, then the recommended ones not installed yet
  add --from-folder DIR [--id ID]    validate a model folder and copy it in (works offline)
  download ID [--dtype q8|fp32] [--allow-downloads]
                                     fetch a recommended model (only when downloads are allowed)
  remove ID                          delete an installed model

Run "embedding-studio models <subcommand> --help" for details.
`;

const LIST_HELP = `Usage: embedding-studio models list

Prints one line per model: id, status, dimension, precisions, size, languages and licence.
Installed models come first; recommended models that are not installed are marked "not installed".
`;

const ADD_HELP = `Usage: embedding-studio models add --from-folder DIR [--id ID]

Imports a model folder, for example one copied from a machine with internet access. It must contain
config.json, tokenizer.json and onnx/model.onnx (or onnx/model_quantized.onnx for the q8 variant);
tokenizer_config.json and 1_Pooling/config.json are used when present. Only the files the app needs are copied.

  --from-folder DIR   the model folder (required)
  --id ID             the id to install it as, "name" or "owner/name" (default: the folder's name)
  -h, --help          show this help
`;

const DOWNLOAD_HELP = `Usage: embedding-studio models download ID [--dtype q8|fp32] [--allow-downloads]

Downloads a recommended model (see "embedding-studio models list") into the data folder, resuming an
earlier interrupted download, verifies it and installs it as the embedder "model:ID". Nothing is sent over
the network unless downloads are allowed: in the app's Models panel (saved in settings.json), or for this
one command with --allow-downloads. Files come from the Hugging Face Hub, or from the mirror named by
EMBEDDING_STUDIO_MODEL_HOST. Byte progress is written to standard error.

  --dtype q8|fp32       weights precision (default q8: about 4x smaller and faster on a CPU)
  --allow-downloads     allow the network for this download
  -h, --help            show this help
`;

const REMOVE_HELP = `Usage: embedding-studio models remove ID

Deletes the installed model ID (see "embedding-studio models list") from the data folder.
`;

const help = (text: string): ModelsRequest => ({ kind: 'help', text, exitCode: 0 });

/** Runs `parseArgs`, turning its complaints into a {@link UsageError}. */
function asUsage<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const HELP_FLAG = { help: { type: 'boolean', short: 'h' } } as const;

/** Parses a subcommand that takes only --help and positionals. */
function parsePlain(args: readonly string[]) {
  return asUsage(() =>
    parseArgs({ args: [...args], strict: true, allowPositionals: true, options: HELP_FLAG }),
  );
}

/** Parses `models`' subcommand and flags; throws {@link UsageError} with a one-line reason. */
export function parseModelsOptions(args: readonly string[]): ModelsRequest {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined) return { kind: 'help', text: MODELS_HELP, exitCode: 2 };
  if (subcommand === '-h' || subcommand === '--help') return help(MODELS_HELP);
  switch (subcommand) {
    case 'list': {
      const { values, positionals } = parsePlain(rest);
      if (values.help === true) return help(LIST_HELP);
      if (positionals.length > 0)
        throw new UsageError(`models list takes no arguments; got "${positionals.join(' ')}".`);
      return { kind: 'list' };
    }
    case 'add':
      return parseAdd(rest);
    case 'download':
      return parseDownload(rest);
    case 'remove': {
      const { values, positionals } = parsePlain(rest);
      if (values.help === true) return help(REMOVE_HELP);
      const [id, ...extra] = positionals;
      if (id === undefined || extra.length > 0)
        throw new UsageError('models remove takes exactly one model id.');
      return { kind: 'remove', id };
    }
    default:
      throw new UsageError(`Unknown models subcommand "${subcommand}"; use list, add, download or remove.`);
  }
}

function parseAdd(rest: readonly string[]): ModelsRequest {
  const { values, positionals } = asUsage(() =>
    parseArgs({
      args: [...rest],
      strict: true,
      allowPositionals: true,
      options: { 'from-folder': { type: 'string' }, id: { type: 'string' }, ...HELP_FLAG },
    }),
  );
  if (values.help === true) return help(ADD_HELP);
  if (positionals.length > 0)
    throw new UsageError(`Unexpected argument "${positionals.join(' ')}"; use --from-folder DIR.`);
  const folder = values['from-folder'];
  if (folder === undefined) throw new UsageError('--from-folder DIR is required.');
  return { kind: 'add', folder, id: values.id };
}

function parseDownload(rest: readonly string[]): ModelsRequest {
  const { values, positionals } = asUsage(() =>
    parseArgs({
      args: [...rest],
      strict: true,
      allowPositionals: true,
      options: { dtype: { type: 'string' }, 'allow-downloads': { type: 'boolean' }, ...HELP_FLAG },
    }),
  );
  if (values.help === true) return help(DOWNLOAD_HELP);
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0)
    throw new UsageError('models download takes exactly one model id.');
  const dtype = values.dtype ?? 'q8';
  if (dtype !== 'q8' && dtype !== 'fp32') throw new UsageError(`--dtype must be q8 or fp32; got "${dtype}".`);
  return { kind: 'download', id, dtype, allowDownloads: values['allow-downloads'] === true };
}
