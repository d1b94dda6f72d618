import fc from 'fast-check';
import type { CoreCallName } from '../../../src/shared/contract';

/** Ids of real things in the fuzzed core, so near-valid inputs reach past "unknown id" into the real work. */
export interface LiveIds {
  readonly datasetId: string;
  readonly mapId: string;
  readonly otherMapId: string;
  readonly jobId: string;
  readonly wordEmbedderId: string;
  readonly projectBytes: Uint8Array;
}

const SMALL_CSV = new TextEncoder().encode('text,topic\ncat,a\ndog,a\nstock,b\nbank,b\ngoal,c\nteam,c\n');

/**
 * One valid input per call, the starting point of near-valid inputs. A call without one here (a new call) is
 * still fuzzed with random inputs, and the suite prints that it has no template.
 */
export function validInputs(ids: LiveIds): Partial<Record<CoreCallName, Record<string, unknown>>> {
  return {
    listSamples: {},
    listEmbedders: {},
    openSample: { sampleId: 'words-ru-en' },
    openFile: { fileName: 'small.csv', bytes: SMALL_CSV },
    mergeDuplicateTexts: { datasetId: ids.datasetId, textColumn: 'text' },
    loadWordVectors: {
      fileName: 'tiny.vec',
      bytes: new TextEncoder().encode('3 2\ncat 1 0\ndog 0.9 0.1\nbank 0 1\n'),
      maxWords: null,
      lenient: false,
    },
    startMap: {
      datasetId: ids.datasetId,
      textColumn: 'text',
      labelColumn: 'topic',
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 1,
    },
    nearestNeighbors: { mapId: ids.mapId, index: 0, k: 3, metric: 'cosine' },
    trainWordEmbedder: {
      corpus: { kind: 'dataset', datasetId: ids.datasetId, column: 'text' },
      algorithm: 'ppmi-svd',
      name: 'fuzzed',
      params: { dimension: 4, window: 2, epochs: 1, minCount: 1, negative: 2, seed: 1 },
    },
    listModels: {},
    setDownloadsAllowed: { allowed: false },
    downloadModel: { modelId: 'no-such-model', dtype: 'q8' },
    removeModel: { modelId: 'no-such-model' },
    exportProject: { mapIds: [ids.mapId], view: { zoom: 1 } },
    importProject: { fileName: 'p.esproj', bytes: ids.projectBytes },
    solveAnalogy: {
      embedderId: ids.wordEmbedderId,
      expression: 'cat - dog + bank',
      k: 3,
      excludeInputs: true,
      expected: null,
      mapId: null,
    },
    startAnalogyEvaluation: {
      embedderId: ids.wordEmbedderId,
      fileName: 'questions.txt',
      bytes: new TextEncoder().encode(': animals\ncat dog cat dog\n'),
    },
    startClustering: { mapId: ids.mapId, method: 'kmeans', k: 2, minClusterSize: 2, seed: 1 },
    projectOnAxes: {
      mapId: ids.mapId,
      axes: [{ name: 'animals → money', from: ['cat'], to: ['bank'] }],
      orthogonalize: false,
    },
    startCompareMaps: { mapIdA: ids.mapId, mapIdB: ids.otherMapId, k: 2 },
    similarityMatrix: { mapId: ids.mapId, indices: [0, 1, 2], metric: 'euclidean' },
    exportEmbeddings: { mapId: ids.mapId, indices: [0, 1] },
    cancelJob: { jobId: ids.jobId },
    ...qualityInputs(ids),
  };
}

/**
 * Templates for calls another part of the app is adding (map quality, placing items): keyed by name rather
 * than typed, so this file compiles before and after they land.
 */
function qualityInputs(ids: LiveIds): Record<string, Record<string, unknown>> {
  return {
    startMapQuality: { mapId: ids.mapId, k: 3 },
    placeItems: { mapId: ids.mapId, texts: ['cat and dog', 'bank'] },
  };
}

/** An object with an own `__proto__` key (as JSON.parse makes), which a careless `Object.assign` follows. */
const protoObject = (): unknown =>
  JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');

/** Values that have broken validators and numeric code before. */
export const adversarialValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    0,
    -0,
    0.5,
    2 ** 31,
    2 ** 53,
    1e308,
    '',
    ' ',
    '\u0000',
    '\uD800',
    '__proto__',
    'constructor',
    'toString',
    '../../etc/passwd',
    true,
    [],
    {},
    [null],
    [-1, 2 ** 40],
    [0, 0, 0],
  ),
  fc.constant(null).map(protoObject),
  fc.constant(null).map(() => 'я'.repeat(100_000)),
  fc.constant(null).map(() => Array.from({ length: 5000 }, (_u, i) => i)),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.uint8Array({ maxLength: 64 }),
  fc.constant(null).map(() => new Float32Array([Number.NaN, Infinity])),
  fc.array(fc.integer({ min: -5, max: 50 }), { maxLength: 6 }),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withTypedArray: true, withSparseArray: true }),
);

/**
 * A valid input with one to three fields replaced by adversarial values, deleted, or added (prototype keys
 * included); nested objects (umap, params, corpus, axes) are reached by dotted paths.
 */
export function mutatedInput(template: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = fieldPaths(template);
  const mutation = fc
    .oneof(
      { weight: 4, arbitrary: fc.constantFrom(...(paths.length === 0 ? ['extra'] : paths)) },
      { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'extra') },
    )
    .chain((path) =>
      fc.record({
        path: fc.constant(path),
        action: fc.constantFrom('replace', 'replace', 'replace', 'delete'),
        // Half the time a value of the field's own type, so the input passes validation and reaches the work.
        value: fc.oneof(adversarialValue, sameKindAs(valueAt(template, path.split('.')))),
      }),
    );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
    const input = structuredClone(template);
    for (const { path, action, value } of mutations) apply(input, path.split('.'), action, value);
    return input;
  });
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A random value of the same kind as `original`: numbers near the usual ranges, short strings, booleans, … */
function sameKindAs(original: unknown): fc.Arbitrary<unknown> {
  if (typeof original === 'number') {
    return fc.oneof(fc.integer({ min: -3, max: 300 }), fc.integer(), fc.double({ noNaN: false }));
  }
  if (typeof original === 'string') {
    return fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('cat', 'dog', 'bank', 'кошка', 'umap', 'tsne'),
    );
  }
  if (typeof original === 'boolean') return fc.boolean();
  if (original instanceof Uint8Array) return fc.uint8Array({ maxLength: 200 });
  if (Array.isArray(original)) {
    return fc.array(fc.oneof(fc.integer({ min: -2, max: 40 }), fc.string({ maxLength: 6 })), {
      maxLength: 6,
    });
  }
  return fc.constant(null);
}

function fieldPaths(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = `${prefix}${key}`;
    if (child !== null && typeof child === 'object' && !ArrayBuffer.isView(child) && !Array.isArray(child)) {
      return [path, ...fieldPaths(child as Record<string, unknown>, `${path}.`)];
    }
    return [path];
  });
}

function apply(target: Record<string, unknown>, path: string[], action: string, value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length > 0) {
    const child = target[head];
    if (child !== null && typeof child === 'object')
      apply(child as Record<string, unknown>, rest, action, value);
    return;
  }
  // defineProperty, so "__proto__" becomes an own key as it would arriving from JSON, not a prototype change.
  if (action === 'delete') Reflect.deleteProperty(target, head);
  else Object.defineProperty(target, head, { value, enumerable: true, writable: true, configurable: true });
}

/** Inputs that are not even objects of the right shape. */
export const randomInput: fc.Arbitrary<unknown> = fc.oneof(
  adversarialValue,
  fc.dictionary(
    fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('__proto__', 'constructor', 'datasetId', 'mapId', 'bytes'),
    ),
    adversarialValue,
    { maxKeys: 5 },
  ),
);
