import { UsageError } from './usage-error';

/** What `embedding-studio project` was asked to do. */
export interface ProjectOptions {
  readonly action: 'info';
  readonly file: string;
}

export const PROJECT_HELP = `Usage: embedding-studio project info FILE

Prints a project file's manifest: format and app version, when it was saved, its data sets and its maps
(method, dimensions, embedder, seed and parameters). A damaged or newer file gives a one-line error.
Projects are written by the app and by "embedding-studio map ... --project-out FILE.esproj".
`;

/** Parses `project`'s arguments; throws {@link UsageError} with a one-line reason. */
export function parseProjectOptions(args: readonly string[]): ProjectOptions | 'help' {
  const [action, file, ...rest] = args;
  if (action === undefined || action === '-h' || action === '--help') return 'help';
  if (action !== 'info') throw new UsageError(`Unknown project action "${action}"; the action is "info".`);
  if (file === undefined) throw new UsageError('project info needs a FILE.');
  if (rest.length > 0) throw new UsageError(`project info takes one FILE; unexpected "${rest.join(' ')}".`);
  return { action, file };
}
