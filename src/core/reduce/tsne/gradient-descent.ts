import type { Cooperation } from '../../jobs/cooperation';
import type { Affinities } from './perplexity-affinities';
import { SpaceTree } from './space-tree';

/** Barnes–Hut accuracy: a cell is summarised when its side is below half its distance (bhtsne's default). */
const THETA = 0.5;
/** Gains grow by this much while a coordinate keeps moving the same way (Jacobs 1988, as in bhtsne)… */
const GAIN_INCREASE = 0.2;
/** …and shrink by this factor when its gradient flips sign. */
const GAIN_DECAY = 0.8;
/** Gains never fall below this, so no coordinate stops moving altogether. */
const MIN_GAIN = 0.01;
/**
 * Largest step of one point in one iteration, in layout units (openTSNE's max_step_norm): a point caught
 * between near-coincident neighbours can get a huge gradient, and one such step would fling it off the map.
 */
const MAX_STEP = 5;

/** One phase of the optimisation: a number of iterations at a fixed exaggeration and momentum. */
export interface Phase {
  readonly iterations: number;
  readonly exaggeration: number;
  readonly momentum: number;
}

/** The buffers every iteration reuses, allocated once per run. */
export interface DescentState {
  readonly layout: Float64Array;
  readonly dims: 2 | 3;
  readonly rows: number;
  readonly affinities: Affinities;
  readonly learningRate: number;
  readonly gradient: Float64Array;
  readonly update: Float64Array;
  readonly gains: Float64Array;
  readonly tree: SpaceTree;
  /** Scratch for one point's repulsive force. */
  readonly force: Float64Array;
  /** The points in the tree's spatial order, refreshed every iteration. */
  readonly order: Int32Array;
}

/** Allocates the buffers of a run over `layout` (row-major `rows × dims`, optimised in place). */
export function createDescentState(
  layout: Float64Array,
  dims: 2 | 3,
  affinities: Affinities,
  learningRate: number,
): DescentState {
  const rows = layout.length / dims;
  return {
    layout,
    dims,
    rows,
    affinities,
    learningRate,
    gradient: new Float64Array(layout.length),
    update: new Float64Array(layout.length),
    gains: new Float64Array(layout.length).fill(1),
    tree: new SpaceTree(dims, rows),
    force: new Float64Array(3),
    order: new Int32Array(rows),
  };
}

/**
 * The KL-divergence gradient 4·(exaggeration·Σ_j p_ij q_ij (y_i − y_j) − Σ_j q_ij² Z (y_i − y_j) / Z) with the
 * attractive sum over P's sparse rows and the repulsive one by Barnes–Hut. Written as one loop over rows
 * for the attraction because it is half of the run's time: a helper per entry would cost a call and
 * re-reads of y_i per neighbour.
 */
function computeGradient(state: DescentState, exaggeration: number): void {
  const { layout, dims, rows, affinities, gradient, tree, force, order } = state;
  const { rowStart, columns, values } = affinities;
  const three = dims === 3;
  tree.build(layout, rows);
  tree.spatialOrder(order);
  let sumQ = 0;
  for (let n = 0; n < rows; n++) {
    const i = order[n] ?? 0;
    force.fill(0);
    sumQ += tree.repulsion(layout, i, THETA * THETA, force);
    gradient[i * dims] = -(force[0] ?? 0);
    gradient[i * dims + 1] = -(force[1] ?? 0);
    if (three) gradient[i * dims + 2] = -(force[2] ?? 0);
  }
  // Each point met itself once at distance 0 (q = 1); those terms are not part of Z.
  sumQ -= rows;
  const inverseZ = sumQ > 0 ? 1 / sumQ : 0;
  for (let i = 0; i < rows; i++) {
    const xi = layout[i * dims] ?? 0;
    const yi = layout[i * dims + 1] ?? 0;
    const zi = three ? (layout[i * dims + 2] ?? 0) : 0;
    let ax = 0;
    let ay = 0;
    let az = 0;
    for (let entry = rowStart[i] ?? 0; entry < (rowStart[i + 1] ?? 0); entry++) {
      const j = (columns[entry] ?? 0) * dims;
      const dx = xi - (layout[j] ?? 0);
      const dy = yi - (layout[j + 1] ?? 0);
      const dz = three ? zi - (layout[j + 2] ?? 0) : 0;
      const pq = (values[entry] ?? 0) / (1 + dx * dx + dy * dy + dz * dz);
      ax += pq * dx;
      ay += pq * dy;
      az += pq * dz;
    }
    const at = i * dims;
    gradient[at] = 4 * (exaggeration * ax + (gradient[at] ?? 0) * inverseZ);
    gradient[at + 1] = 4 * (exaggeration * ay + (gradient[at + 1] ?? 0) * inverseZ);
    if (three) gradient[at + 2] = 4 * (exaggeration * az + (gradient[at + 2] ?? 0) * inverseZ);
  }
}

/**
 * Gradient descent with momentum and per-coordinate gains (scikit-learn's `_gradient_descent`), each
 * point's step capped at {@link MAX_STEP}; the layout is re-centred on the origin, which changes no
 * distance but keeps the tree's root cell tight.
 */
function step(state: DescentState, momentum: number): void {
  const { layout, dims, rows, gradient, update, gains, learningRate } = state;
  for (let c = 0; c < layout.length; c++) {
    const g = gradient[c] ?? 0;
    const u = update[c] ?? 0;
    const gain = u * g < 0 ? (gains[c] ?? 1) + GAIN_INCREASE : (gains[c] ?? 1) * GAIN_DECAY;
    gains[c] = gain < MIN_GAIN ? MIN_GAIN : gain;
    update[c] = momentum * u - learningRate * (gains[c] ?? 1) * g;
  }
  const mean = [0, 0, 0];
  for (let i = 0; i < rows; i++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (update[i * dims + d] ?? 0) ** 2;
    const scale = norm > MAX_STEP * MAX_STEP ? MAX_STEP / Math.sqrt(norm) : 1;
    for (let d = 0; d < dims; d++) {
      const at = i * dims + d;
      update[at] = (update[at] ?? 0) * scale;
      layout[at] = (layout[at] ?? 0) + (update[at] ?? 0);
      mean[d] = (mean[d] ?? 0) + (layout[at] ?? 0);
    }
  }
  for (let d = 0; d < dims; d++) {
    const shift = (mean[d] ?? 0) / rows;
    for (let i = 0; i < rows; i++) layout[i * dims + d] = (layout[i * dims + d] ?? 0) - shift;
  }
}

/**
 * Runs one phase: `phase.iterations` gradient steps, yielding to the cooperation after each (an iteration
 * is a few milliseconds at 10,000 points) and reporting the global iteration count through `onIteration`.
 * Momentum buffers and gains start afresh, as scikit-learn and openTSNE do between the two phases.
 */
export async function runPhase(
  state: DescentState,
  phase: Phase,
  cooperation: Cooperation,
  onIteration: () => void,
): Promise<void> {
  state.update.fill(0);
  state.gains.fill(1);
  for (let iteration = 0; iteration < phase.iterations; iteration++) {
    computeGradient(state, phase.exaggeration);
    step(state, phase.momentum);
    onIteration();
    await cooperation.checkpoint();
  }
}
