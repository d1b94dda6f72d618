import { z } from 'zod';
import { clusteringMethodSchema, conceptAxisSchema } from '../../../shared/contract';

/**
 * The shape of a lesson file (`resources/lessons/*.json`). Lessons are data: a teacher can add one without
 * touching code, and a broken file is refused with a message naming the file and the field, never a crash.
 */

/** Text in both interface languages; neither may be empty (a lesson is taught in either). */
export const lessonTextSchema = z.object({
  en: z.string().trim().min(1),
  ru: z.string().trim().min(1),
});

/**
 * An explanation is 2–5 short sentences read from a projector: 900 characters is about five long sentences,
 * and more would not fit the card at projector size.
 */
const MAX_EXPLANATION_CHARS = 900;

const explanationSchema = z.object({
  en: z.string().trim().min(1).max(MAX_EXPLANATION_CHARS),
  ru: z.string().trim().min(1).max(MAX_EXPLANATION_CHARS),
});

/** A plain file name (no folders), so a lesson can only reach its own data folder. */
const dataFileNameSchema = z
  .string()
  .regex(/^[\w.-]+\.(csv|tsv|txt|json|jsonl)$/u, 'a file name in resources/lessons/data (no folders)');

/** Where a step's items come from: a bundled sample (by id) or a data file bundled with the lessons. */
export const lessonDataSchema = z.union([
  z.object({ sample: z.string().min(1), textColumn: z.string().min(1), labelColumn: z.string().min(1) }),
  z.object({ file: dataFileNameSchema, textColumn: z.string().min(1), labelColumn: z.string().min(1) }),
]);

/**
 * Which kind of embedder a step needs; the runner picks a concrete one from those installed:
 * - `word-vectors`: the vectors trained for lessons on the bundled teaching corpus (trained when missing);
 * - `sentences`: an installed transformer model, else the built-in TF-IDF + SVD;
 * - `contextual`: a contextual token embedding of a transformer, else `sentences` (see step-embedder.ts).
 */
export const lessonEmbedderSchema = z.enum(['word-vectors', 'sentences', 'contextual']);

/** The side panel's tabs (ToolsPanel's ToolTab). */
export const lessonTabSchema = z.enum(['map', 'analogy', 'clusters', 'axes', 'compare', 'heatmap']);

/** What a step asks the analysis tools to show (ToolPresets without its revision). */
export const lessonPresetsSchema = z.object({
  analogy: z.object({ expression: z.string().min(1), expected: z.string().min(1).optional() }).optional(),
  clusters: z
    .object({ method: clusteringMethodSchema, k: z.number().int().min(2).max(100).nullable() })
    .optional(),
  axes: z.object({ axes: z.array(conceptAxisSchema).min(1).max(3), orthogonalize: z.boolean() }).optional(),
});

/**
 * A `contextual` step's word-in-context variant: with a transformer model installed, the step maps `word`'s
 * own vector in each text that contains it (a `token` map source), and the card shows `text` instead of the
 * step's sentence-level explanation.
 */
export const lessonTokenSchema = z.strictObject({
  /** The word, as the texts spell it (whole word, any case); at most 100 characters, as the contract allows. */
  word: z.string().trim().min(1).max(100),
  text: explanationSchema,
});

export const lessonStepSchema = z
  .strictObject({
    title: lessonTextSchema,
    /** The explanation on the lesson card: 2–5 sentences in each language. */
    text: explanationSchema,
    /** Only for `contextual` steps: the word-in-context variant (see {@link lessonTokenSchema}). */
    token: lessonTokenSchema.optional(),
    data: lessonDataSchema,
    embedder: lessonEmbedderSchema,
    method: z.enum(['pca', 'umap', 'tsne']),
    dims: z.union([z.literal(2), z.literal(3)]),
    /** The side panel's tab; the map's own panels when absent. */
    tab: lessonTabSchema.optional(),
    presets: lessonPresetsSchema.optional(),
  })
  .refine((step) => step.token === undefined || step.embedder === 'contextual', {
    error: 'a word-in-context variant needs "embedder": "contextual"',
    path: ['token'],
  });

export const lessonSchema = z.strictObject({
  /** Stable id (also the e2e tests' handle): lower-case words joined by hyphens. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'lower-case words joined by hyphens'),
  /** Position in the picker, ascending. */
  order: z.number().int().nonnegative(),
  title: lessonTextSchema,
  summary: lessonTextSchema,
  steps: z.array(lessonStepSchema).min(1).max(20),
});

export type Lesson = z.infer<typeof lessonSchema>;
export type LessonStep = z.infer<typeof lessonStepSchema>;
export type LessonToken = z.infer<typeof lessonTokenSchema>;
export type LessonData = z.infer<typeof lessonDataSchema>;
export type LessonEmbedderKind = z.infer<typeof lessonEmbedderSchema>;
export type LessonPresets = z.infer<typeof lessonPresetsSchema>;
