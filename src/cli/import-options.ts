import { encodingChoiceSchema, type EncodingChoice, type SampleSpec } from '../shared/contract';
import { positiveIntegerFlag } from './integer-flag';
import { UsageError } from './usage-error';

/** `map`'s flags about reading the input, sampling rows and precomputed data (spread into MAP_FLAGS). */
export const IMPORT_FLAGS = {
  encoding: { type: 'string', default: 'auto' },
  lenient: { type: 'boolean', default: false },
  sample: { type: 'string' },
  'sample-seed': { type: 'string' },
  stratify: { type: 'string' },
  vectors: { type: 'string' },
  coords: { type: 'string' },
  'project-out': { type: 'string' },
} as const;

export const IMPORT_HELP = `Input, sampling and projects:
  --encoding auto|utf-8|utf-16le|utf-16be|windows-1251  text encoding of --input (default: auto)
  --lenient             pad short rows and cut long ones (counted) instead of failing on the first
  --sample N            map N random rows instead of all (never silently the first N)
  --sample-seed N       seed of the sample (default: --seed)
  --stratify COL        keep each value of COL at its share of the sample (±1 row)
  --vectors SPEC        use numeric columns as the embeddings: x1..x384, a prefix x*, or a,b,c; "file" for a .npy
  --coords SPEC         draw 2 or 3 numeric columns as they are (x,y[,z]); --dims follows their number
  --project-out FILE    also save the map as a project file (.esproj) that the app opens without recomputing
`;

/** What the import flags asked for; column specs stay text until the file's columns are known. */
export interface ImportOptions {
  readonly encoding: EncodingChoice;
  readonly lenient: boolean;
  readonly sample: SampleSpec | undefined;
  readonly vectors: string | undefined;
  readonly coords: string | undefined;
  readonly projectOut: string | undefined;
}

interface ImportFlagValues {
  readonly encoding: string;
  readonly lenient: boolean;
  readonly sample?: string | undefined;
  readonly 'sample-seed'?: string | undefined;
  readonly stratify?: string | undefined;
  readonly vectors?: string | undefined;
  readonly coords?: string | undefined;
  readonly 'project-out'?: string | undefined;
}

function parseSample(values: ImportFlagValues, seed: number): SampleSpec | undefined {
  if (values.sample === undefined) {
    if (values.stratify !== undefined || values['sample-seed'] !== undefined) {
      throw new UsageError('--stratify and --sample-seed need --sample N.');
    }
    return undefined;
  }
  const sampleSeed = values['sample-seed'];
  return {
    size: positiveIntegerFlag('--sample', values.sample),
    seed: sampleSeed === undefined ? seed : positiveIntegerFlag('--sample-seed', sampleSeed, 0xffffffff),
    stratifyBy: values.stratify ?? null,
  };
}

/** Checks the import flags; `seed` is the map's, the sample's default seed. */
export function parseImportFlags(values: ImportFlagValues, seed: number): ImportOptions {
  const encoding = encodingChoiceSchema.safeParse(values.encoding);
  if (!encoding.success) {
    throw new UsageError(
      `--encoding must be one of: ${encodingChoiceSchema.options.join(', ')}; got "${values.encoding}".`,
    );
  }
  if (values.vectors !== undefined && values.coords !== undefined) {
    throw new UsageError('--vectors and --coords contradict each other; give one.');
  }
  return {
    encoding: encoding.data,
    lenient: values.lenient,
    sample: parseSample(values, seed),
    vectors: values.vectors,
    coords: values.coords,
    projectOut: values['project-out'],
  };
}
