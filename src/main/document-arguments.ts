import { isAbsolute, resolve } from 'node:path';

/**
 * The files named on a command line (a double-clicked file, "Open with", a jump-list entry, a second launch):
 * the arguments after the executable (and after the app folder when running unpackaged under `electron .`),
 * without switches, resolved against the folder the launch came from.
 */
export function documentPathsFromArgv(
  argv: readonly string[],
  options: { readonly isPackaged: boolean; readonly workingDirectory: string },
): string[] {
  // Packaged: [app, ...args]; unpackaged: [electron, app folder or main script, ...args].
  const skip = options.isPackaged ? 1 : 2;
  return argv
    .slice(skip)
    .filter((argument) => argument !== '' && !argument.startsWith('-'))
    .map((argument) => (isAbsolute(argument) ? argument : resolve(options.workingDirectory, argument)));
}
