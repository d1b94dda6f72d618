import type { LayoutDims, MapResult, ReductionMethod } from '../../../shared/contract';
import type { WorkflowState } from '../state/workflow-state';
import type { LessonData, LessonStep } from './lesson-schema';
import { contextualSourceOf } from '../state/contextual-word';
import { stepEmbedding, type StepEmbedding } from './step-embedder';

/**
 * The next thing the lesson runner must do to bring the workspace to a step's picture, worked out from the
 * workflow's state alone (pure, so each rule is unit-tested). Steps are done one per render, in this order:
 * open the data, train the word vectors if the step needs them, choose columns/embedder/method, choose the
 * dimensions, map; then the step is shown.
 */
export type LessonCommand =
  | { readonly type: 'wait' }
  | { readonly type: 'open'; readonly data: LessonData }
  | { readonly type: 'train' }
  | {
      readonly type: 'configure';
      readonly textColumn: string;
      readonly labelColumn: string;
      readonly embedderId: string;
      readonly method: ReductionMethod;
      /** The word to embed in context (the option on), or null for whole texts (the option off). */
      readonly word: string | null;
    }
  | { readonly type: 'set-dims'; readonly dims: LayoutDims }
  | { readonly type: 'map' }
  | { readonly type: 'show' }
  /** The step cannot be prepared here: no embedder for it, or its data lacks a column it names. */
  | { readonly type: 'unavailable'; readonly reason: 'no-embedder' | 'missing-column' };

/** Whether the open data set is the step's. */
export function isStepData(data: LessonData, workflow: WorkflowState): boolean {
  if (workflow.preview === null) return false;
  if ('sample' in data) return workflow.sampleId === data.sample;
  return workflow.sampleId === null && workflow.preview.name === data.file;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

/** The word the workflow's next map embeds in context, or null when it embeds whole texts. */
function contextualWordOf(workflow: WorkflowState): string | null {
  const source = contextualSourceOf(workflow.contextual, workflow.embedderId);
  return source?.kind === 'token' ? source.word : null;
}

/**
 * Whether the finished map is the step's: this data set, embedder, method and dimensions, these text and
 * label columns (a map's extra columns are the data set's columns less those two), and the same word in
 * context or none (known from the request that made the map).
 */
export function isStepMap(step: LessonStep, embedding: StepEmbedding, workflow: WorkflowState): boolean {
  const { embedderId } = embedding;
  const source = workflow.resultRequest?.source;
  const mappedWord = source?.kind === 'token' ? source.word : null;
  const result: MapResult | null = workflow.result;
  const preview = workflow.preview;
  if (result === null || preview === null) return false;
  const { textColumn, labelColumn } = step.data;
  const others = preview.columns.filter((column) => column !== textColumn && column !== labelColumn);
  return (
    mappedWord === embedding.word &&
    result.datasetId === preview.datasetId &&
    result.embedderId === embedderId &&
    result.method === step.method &&
    result.dims === step.dims &&
    sameNames(
      result.columns.map((column) => column.name),
      others,
    )
  );
}

/** The next command for `step`, given the workflow now and whether a training job is running. */
export function planStep(step: LessonStep, workflow: WorkflowState, training: boolean): LessonCommand {
  if (workflow.opening || workflow.job !== null || workflow.loadingVectors || training)
    return { type: 'wait' };
  if (!isStepData(step.data, workflow)) return { type: 'open', data: step.data };
  const embedding = stepEmbedding(step, workflow.embedders);
  if (embedding === null) {
    return step.embedder === 'word-vectors'
      ? { type: 'train' }
      : { type: 'unavailable', reason: 'no-embedder' };
  }
  const { textColumn, labelColumn } = step.data;
  const columns = workflow.preview?.columns ?? [];
  if (!columns.includes(textColumn) || !columns.includes(labelColumn)) {
    return { type: 'unavailable', reason: 'missing-column' };
  }
  if (isStepMap(step, embedding, workflow)) return { type: 'show' };
  const { embedderId, word } = embedding;
  if (
    workflow.textColumn !== textColumn ||
    workflow.labelColumn !== labelColumn ||
    workflow.embedderId !== embedderId ||
    workflow.method !== step.method ||
    contextualWordOf(workflow) !== word
  ) {
    return { type: 'configure', textColumn, labelColumn, embedderId, method: step.method, word };
  }
  // Choosing the dimensions re-maps at once when a map is on screen (the workflow's own rule), and by now
  // everything else is the step's: that re-map is the step's map.
  if (workflow.dims !== step.dims) return { type: 'set-dims', dims: step.dims };
  return { type: 'map' };
}
