import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error';

/** Flag declarations as parseArgs takes them (`@types/node` names the type only inside ParseArgsConfig). */
type FlagDeclarations = NonNullable<ParseArgsConfig['options']>;

/** The values parseArgs gives for a set of flag declarations. */
export type FlagValues<Options extends FlagDeclarations> = ReturnType<
  typeof parseArgs<{ options: Options }>
>['values'];

/**
 * A command's flags parsed strictly (an unknown flag or a missing value is refused, no positionals), with
 * parseArgs' own one-line complaint turned into a {@link UsageError} so that the CLI exits 2 with it.
 */
export function parseFlags<const Options extends FlagDeclarations>(
  args: readonly string[],
  options: Options,
): FlagValues<Options> {
  try {
    return parseArgs({ args: [...args], strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
