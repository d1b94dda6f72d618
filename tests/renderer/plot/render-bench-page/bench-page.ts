/**
 * The benchmark page: draws the same synthetic points with our plot controller, a plain three.js `Points`
 * with the default PointsMaterial, and regl-scatterplot, and times each the same way. Driven by
 * run-render-benchmarks.ts through `window.renderBench`.
 */
import createScatterplot from 'regl-scatterplot';
import {
  BufferAttribute,
  BufferGeometry,
  OrthographicCamera,
  Points,
  PointsMaterial,
  Raycaster,
  Scene,
  Vector2,
  WebGLRenderer,
} from 'three';
import { PlotController } from '../../../../src/renderer/src/plot/plot-controller';
import { pointInPolygon } from '../../../../src/renderer/src/plot/polygon';
import { ScatterRenderer } from '../../../../src/renderer/src/plot/scatter-renderer';
import { PlotHits } from '../../../../src/renderer/src/plot/plot-hits';
import { LabelLayer } from '../../../../src/renderer/src/plot/label-layer';
import { PlotOverlay } from '../../../../src/renderer/src/plot/plot-overlay';
import { PlotPoints } from '../../../../src/renderer/src/plot/plot-points';
import { ScreenIndexBuild } from '../../../../src/renderer/src/plot/screen-index-build';
import { PlotLayers } from '../../../../src/renderer/src/plot/plot-layers';
import { PointAttributes } from '../../../../src/renderer/src/plot/point-attributes';
import { PlotCamera } from '../../../../src/renderer/src/plot/plot-camera';
import { timeMethods, type PartTimes } from './bench-profile';
import { POINT_HIDDEN } from '../../../../src/renderer/src/plot/point-flags';
import { POINT_SIZE_CSS_PX } from '../../../../src/renderer/src/plot/point-material';
import { syntheticPoints, benchLassoData, mapLasso, type BenchResult } from './bench-data';
import { dataToScreen } from '../../../../src/renderer/src/plot/view-math';

const WIDTH = 1000;
const HEIGHT = 700;
/** Frames timed while panning and zooming: enough for a stable median, few enough at 1M on SwiftShader. */
const FRAMES = 12;
/** Hover picks timed per renderer (random positions). */
const PICKS = 50;
/**
 * Our lasso is timed this many times and the median kept: one run on a shared two-core machine is often
 * 2× its neighbours. The peers' lassoes (a scan of every point, seconds for regl-scatterplot) run once.
 */
const LASSO_REPEATS = 5;

/** Layouts streamed while the longest task is watched, and the pause between them (ms). */
const STREAMED_LAYOUTS = 6;
const STREAM_INTERVAL_MS = 150;
/** Time left after the last layout for the sliced work (hit grid, labels) to finish (ms). */
const SETTLE_WAIT_MS = 1500;

/** How long a phase waits for labels after the camera rests (ms): frames at 1M take seconds here. */
const REST_3D_TIMEOUT_MS = 30_000;

const stage = document.getElementById('stage') as HTMLDivElement;

/** How many labels the plot drew on its last frame (LabelLayer.draw is wrapped in this page only). */
let lastDrawnLabels = 0;
/**
 * The texts of the labels drawn on the last frame ('point 123'), read from the layer that drew them when
 * asked, so the timed draws do no extra work.
 */
let lastLabelTexts = (): string[] => [];
// Taken through Reflect: the original is wrapped, called with the layer as `this`.
const drawLabels = Reflect.get<LabelLayer, 'draw'>(LabelLayer.prototype, 'draw');
LabelLayer.prototype.draw = function (this: LabelLayer, ...args: Parameters<LabelLayer['draw']>): void {
  lastDrawnLabels = this.placedCount;
  lastLabelTexts = () => this.drawnLabels().map((label) => label.text);
  drawLabels.apply(this, args);
};

/** Polls `done` every 100 ms until it holds or `timeoutMs` has passed. */
async function waitFor(done: () => boolean, timeoutMs: number): Promise<void> {
  const start = performance.now();
  while (!done() && performance.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Blocks until the GPU finished what was drawn on `canvas` (a 1-pixel read is a full sync). Also done before
 * every lasso: SwiftShader rasterises a frame of a million points on the same two CPU cores for over a
 * second, and a lasso timed meanwhile would measure that contention (which a real GPU does not cause), not
 * the selection.
 */
function syncGpu(canvas: HTMLCanvasElement): void {
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function canvas(): HTMLCanvasElement {
  const element = document.createElement('canvas');
  element.width = WIDTH;
  element.height = HEIGHT;
  stage.append(element);
  return element;
}

/** Times `frames` camera steps: each is the change, the draw it causes and a GPU sync. */
async function timeFrames(step: (k: number) => void, target: HTMLCanvasElement): Promise<number> {
  const times: number[] = [];
  let syncTotal = 0;
  for (let k = 0; k < FRAMES; k++) {
    const start = performance.now();
    step(k);
    await nextFrame();
    const beforeSync = performance.now();
    syncGpu(target);
    syncTotal += performance.now() - beforeSync;
    times.push(performance.now() - start);
  }
  console.log('frames', JSON.stringify({ syncMsMean: syncTotal / FRAMES, times }));
  return median(times);
}

/** A pan of a few pixels each frame, with a zoom in and out every third frame. */
function panStep(k: number): { dx: number; dy: number; zoom: number } {
  return { dx: 7, dy: -4, zoom: k % 3 === 0 ? (k % 2 === 0 ? 0.9 : 1 / 0.9) : 1 };
}

async function runOurs(count: number): Promise<BenchResult> {
  const readParts = timeMethods([
    [
      { label: 'PlotController', prototype: PlotController.prototype },
      ['setData', 'setStyle', 'setPointState', 'draw'],
    ],
    [
      { label: 'ScatterRenderer', prototype: ScatterRenderer.prototype },
      ['setData', 'setPositions', 'setState', 'setStyle', 'render'],
    ],
    [{ label: 'PointAttributes', prototype: PointAttributes.prototype }, ['flush']],
    [
      { label: 'PlotHits', prototype: PlotHits.prototype },
      ['setData', 'get', 'labelCandidates', 'buildSlice'],
    ],
    [
      { label: 'LabelLayer', prototype: LabelLayer.prototype },
      ['layout', 'beginLayout', 'continueLayout', 'follow'],
    ],
    [{ label: 'PlotOverlay', prototype: PlotOverlay.prototype }, ['draw']],
    [{ label: 'ScreenIndexBuild', prototype: ScreenIndexBuild.prototype }, ['step']],
    [{ label: 'PlotPoints', prototype: PlotPoints.prototype }, ['replace', 'relayout']],
    [{ label: 'PlotCamera', prototype: PlotCamera.prototype }, ['setData', 'setLayout']],
    [{ label: 'PlotLayers', prototype: PlotLayers.prototype }, ['update']],
  ]);
  stage.replaceChildren();
  const { coords, colors, texts } = syntheticPoints(count);
  const gl = canvas();
  const overlay = canvas();
  const controller = new PlotController(gl, overlay);
  controller.resize({ width: WIDTH, height: HEIGHT }, 1);
  controller.setStyle({ colors, sizes: null });
  await nextFrame();
  const start = performance.now();
  controller.setData({ coords, dims: 2, texts, labels: new Array<string | null>(count).fill(null) });
  const setDataMs = performance.now() - start;
  while (!controller.isRendered()) await nextFrame();
  const beforeSync = performance.now();
  syncGpu(gl);
  const firstFrameMs = performance.now() - start;
  const syncMs = performance.now() - beforeSync;
  console.log('first frame parts', JSON.stringify({ setDataMs, syncMs, ...readParts().sums }));
  const frameMs = await timeFrames((k) => {
    const { dx, dy, zoom } = panStep(k);
    controller.drag(dx, dy, false);
    if (zoom !== 1) controller.zoomAt(WIDTH / 2, HEIGHT / 2, zoom);
  }, gl);
  console.log(`pan frames parts (sum of ${FRAMES})`, JSON.stringify(readParts().sums));
  controller.fit();
  await nextFrame();
  const picks: number[] = [];
  let found = 0;
  controller.pick(1, 1);
  for (let k = 0; k < PICKS; k++) {
    const t = performance.now();
    if (controller.pick((k * 97) % WIDTH, (k * 61) % HEIGHT) >= 0) found++;
    picks.push(performance.now() - t);
  }
  console.log(`hover picks that found a point: ${found} of ${PICKS}`);
  const { view, size } = controller.getView();
  const lasso = mapLasso(benchLassoData(), (x, y) => dataToScreen(view, size, x, y));
  const hits = controller.hitsNow();
  syncGpu(gl);
  const lassos: number[] = [];
  let selected = 0;
  for (let k = 0; k < LASSO_REPEATS; k++) {
    const t = performance.now();
    selected = hits?.inPolygon(lasso).length ?? 0;
    lassos.push(performance.now() - t);
  }
  console.log('lassos', JSON.stringify(lassos));
  const lassoMs = median(lassos);
  const lassoMinMs = Math.min(...lassos);
  const recoloured = colors.map((value) => 255 - value);
  const colorChangeMs = await timeChange('colour change', readParts, () => {
    controller.setStyle({ colors: recoloured, sizes: null });
  });
  const hidden = new Uint8Array(count);
  for (let i = 0; i < count; i += 12) hidden[i] = POINT_HIDDEN;
  // The labels of the resting camera first (a large map's come in slices), so the filter has some to hide.
  await waitFor(() => lastDrawnLabels > 0, REST_3D_TIMEOUT_MS);
  const labelsBeforeFilter = lastLabelTexts();
  const filterChangeMs = await timeChange('filter change', readParts, () => {
    controller.setPointState(hidden, false, false);
  });
  // The frame that first draws the filtered points: no label of a hidden point may be on it.
  const isHiddenLabel = (text: string): boolean => (hidden[Number(text.split(' ')[1])] ?? 0) !== 0;
  const labelsAfterFilter = lastLabelTexts();
  const hiddenLabelsAfterFilter = labelsAfterFilter.filter(isHiddenLabel).length;
  console.log(
    `labels of hidden points: ${labelsBeforeFilter.filter(isHiddenLabel).length} of ${labelsBeforeFilter.length} ` +
      `before the filter, ${hiddenLabelsAfterFilter} of ${labelsAfterFilter.length} on the next frame`,
  );
  readParts();
  const streamLongestTaskMs = await longestTaskWhileStreaming(controller, coords, texts);
  const labelsAfterStream = lastDrawnLabels;
  const streamParts = readParts();
  console.log('streaming parts', JSON.stringify(streamParts));
  const streamLongestCallMs = streamParts.longestCallMs;
  const rest3d = await restIn3d(controller, coords, texts, readParts);
  controller.dispose();
  return {
    firstFrameMs,
    frameMs,
    pickMs: median(picks),
    lassoMs,
    lassoMinMs,
    selected,
    colorChangeMs,
    filterChangeMs,
    hiddenLabelsAfterFilter,
    streamLongestTaskMs,
    streamLongestCallMs,
    labelsAfterStream,
    rest3dLongestCallMs: rest3d.longestCallMs,
    rest3dLongestTaskMs: rest3d.longestTaskMs,
    labels3d: rest3d.labels,
  };
}

/**
 * Shows the points in 3D (z from the index), turns the camera and lets it rest until the labels are on
 * screen: at a million points the projection, the screen grid, the label candidates and the placement all
 * run in slices between frames, so no plot call and no task should come near 50 ms.
 */
async function restIn3d(
  controller: PlotController,
  coords: Float32Array,
  texts: readonly string[],
  readParts: () => PartTimes,
): Promise<{ longestCallMs: number; longestTaskMs: number; labels: number }> {
  const count = texts.length;
  const coords3 = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    coords3[3 * i] = coords[2 * i] ?? 0;
    coords3[3 * i + 1] = coords[2 * i + 1] ?? 0;
    coords3[3 * i + 2] = ((i * 7919) % 1000) / 1000 - 0.5;
  }
  // Other texts: a new 3D map, not these points flying from 2D (many frames of SwiftShader at 1M).
  const texts3 = texts.map((text) => `${text}.`);
  controller.setData({
    coords: coords3,
    dims: 3,
    texts: texts3,
    labels: new Array<string | null>(count).fill(null),
  });
  while (!controller.isRendered()) await nextFrame();
  readParts();
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  controller.drag(40, 15, false);
  lastDrawnLabels = 0;
  await waitFor(() => lastDrawnLabels > 0, REST_3D_TIMEOUT_MS);
  observer.disconnect();
  const parts = readParts();
  console.log('3D rest parts', JSON.stringify(parts));
  return { longestCallMs: parts.longestCallMs, longestTaskMs, labels: lastDrawnLabels };
}

/**
 * The main-thread time of `change`: the call itself and the plot's draw on the next frame (which is when
 * the new buffers reach the GPU). The GPU's own work is left out: on SwiftShader it is the frame time above
 * (and the next frame waits for it), on a real GPU a few ms.
 */
async function timeChange(name: string, readParts: () => PartTimes, change: () => void): Promise<number> {
  await nextFrame();
  readParts();
  change();
  await nextFrame();
  const { sums } = readParts();
  console.log(`${name} parts`, JSON.stringify(sums));
  return (
    (sums['PlotController.setStyle'] ?? 0) +
    (sums['PlotController.setPointState'] ?? 0) +
    (sums['PlotController.draw'] ?? 0)
  );
}

/**
 * Streams {@link STREAMED_LAYOUTS} layouts of the same items (as a UMAP job does, one every
 * {@link STREAM_INTERVAL_MS}) and returns the longest main-thread task seen meanwhile and until the plot has
 * settled (Chromium reports only tasks of 50 ms or more: 0 means none). The runner traces the same span
 * (`benchTrace`) and prints what the longest tasks were made of.
 */
async function longestTaskWhileStreaming(
  controller: PlotController,
  coords: Float32Array,
  texts: readonly string[],
): Promise<number> {
  // Made before the watch begins: making a layout is the job's work (in a worker in the app, whose message
  // hands the main thread a transferred buffer), so only the plot's tasks are timed.
  const layouts = Array.from({ length: STREAMED_LAYOUTS }, (_, k) => {
    const layout = new Float32Array(coords.length);
    const shrink = 0.5 + (0.5 * (k + 1)) / STREAMED_LAYOUTS;
    for (let i = 0; i < coords.length; i++) layout[i] = (coords[i] ?? 0) * shrink;
    return layout;
  });
  const labels = new Array<string | null>(texts.length).fill(null);
  await window.benchTrace?.('start');
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  for (const layout of layouts) {
    await new Promise((resolve) => setTimeout(resolve, STREAM_INTERVAL_MS));
    controller.setData({ coords: layout, dims: 2, texts, labels });
  }
  // The last layout's upload happens on the frame that draws it: watch until that frame, and the sliced
  // work after it, are done.
  while (!controller.isRendered()) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_WAIT_MS));
  observer.disconnect();
  await window.benchTrace?.('stop');
  return longest;
}

async function runThree(count: number): Promise<BenchResult> {
  stage.replaceChildren();
  const { coords } = syntheticPoints(count);
  const target = canvas();
  await nextFrame();
  const start = performance.now();
  const renderer = new WebGLRenderer({ canvas: target, antialias: false });
  renderer.setSize(WIDTH, HEIGHT, false);
  const positions = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    positions[3 * i] = coords[2 * i] ?? 0;
    positions[3 * i + 1] = coords[2 * i + 1] ?? 0;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  const points = new Points(geometry, new PointsMaterial());
  const scene = new Scene();
  scene.add(points);
  const aspect = WIDTH / HEIGHT;
  const camera = new OrthographicCamera(-1.1 * aspect, 1.1 * aspect, 1.1, -1.1, -10, 10);
  camera.position.z = 5;
  renderer.render(scene, camera);
  syncGpu(target);
  const firstFrameMs = performance.now() - start;
  const frameMs = await timeFrames((k) => {
    const { dx, dy, zoom } = panStep(k);
    const unitsPerPx = (camera.right - camera.left) / camera.zoom / WIDTH;
    camera.position.x -= dx * unitsPerPx;
    camera.position.y += dy * unitsPerPx;
    camera.zoom /= zoom;
    camera.updateProjectionMatrix();
    requestAnimationFrame(() => {
      renderer.render(scene, camera);
    });
  }, target);
  camera.position.set(0, 0, 5);
  camera.zoom = 1;
  camera.updateProjectionMatrix();
  // The naive way to hover: three.js's Raycaster over every point (threshold about 5 px in data units).
  const raycaster = new Raycaster();
  raycaster.params.Points = { threshold: (2.2 / HEIGHT) * 5 };
  const picks: number[] = [];
  for (let k = 0; k < Math.min(PICKS, 5); k++) {
    const t = performance.now();
    raycaster.setFromCamera(
      new Vector2((((k * 97) % WIDTH) / WIDTH) * 2 - 1, 1 - (((k * 61) % HEIGHT) / HEIGHT) * 2),
      camera,
    );
    raycaster.intersectObject(points);
    picks.push(performance.now() - t);
  }
  // The naive lasso: project every point and test it against the polygon.
  const toScreen = (x: number, y: number): [number, number] => [
    ((x / aspect / 1.1) * 0.5 + 0.5) * WIDTH,
    (0.5 - (y / 1.1) * 0.5) * HEIGHT,
  ];
  const lasso = mapLasso(benchLassoData(), toScreen);
  syncGpu(target);
  const t = performance.now();
  let selected = 0;
  for (let i = 0; i < count; i++) {
    const [x, y] = toScreen(coords[2 * i] ?? 0, coords[2 * i + 1] ?? 0);
    if (pointInPolygon(lasso, x, y)) selected++;
  }
  const lassoMs = performance.now() - t;
  geometry.dispose();
  renderer.dispose();
  return { firstFrameMs, frameMs, pickMs: median(picks), lassoMs, selected };
}

/**
 * regl-scatterplot drawing discs of `pointSize` CSS px: {@link POINT_SIZE_CSS_PX} (ours) compares the same
 * drawing; 4 px (a quarter of the fragments) is what earlier runs of this benchmark used.
 */
async function runRegl(count: number, pointSize: number): Promise<BenchResult> {
  stage.replaceChildren();
  const { coords } = syntheticPoints(count);
  const target = canvas();
  await nextFrame();
  const start = performance.now();
  const scatterplot = createScatterplot({ canvas: target, width: WIDTH, height: HEIGHT, pointSize });
  const x = new Float32Array(count);
  const y = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    x[i] = (coords[2 * i] ?? 0) / 1.1;
    y[i] = (coords[2 * i + 1] ?? 0) / 1.1;
  }
  await scatterplot.draw({ x, y });
  await nextFrame();
  syncGpu(target);
  const firstFrameMs = performance.now() - start;
  let tx = 0;
  let ty = 0;
  let scale = 1;
  const frameMs = await timeFrames((k) => {
    const { dx, dy, zoom } = panStep(k);
    tx += (dx / WIDTH) * 2;
    ty -= (dy / HEIGHT) * 2;
    scale /= zoom;
    scatterplot.view([scale, 0, 0, 0, 0, scale, 0, 0, 0, 0, 1, 0, tx, ty, 0, 1]);
  }, target);
  scatterplot.view([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  // regl-scatterplot's "GL" lasso vertices are in the space of the points it was given (data / 1.1 here).
  const flat = mapLasso(benchLassoData(), (x, y) => [x / 1.1, y / 1.1]);
  const vertices: [number, number][] = [];
  for (let k = 0; k + 1 < flat.length; k += 2) vertices.push([flat[k] ?? 0, flat[k + 1] ?? 0]);
  syncGpu(target);
  const t = performance.now();
  scatterplot.lassoSelect(vertices, { isGl: true });
  const lassoMs = performance.now() - t;
  // Its 'select' event is published asynchronously; the selection itself is set by the call.
  const selected = scatterplot.get('selectedPoints').length;
  scatterplot.destroy();
  return { firstFrameMs, frameMs, pickMs: NaN, lassoMs, selected };
}

/** What {@link bufferCheck} saw: live WebGL buffers after the first frame and after every round of changes. */
export interface BufferCheckResult {
  readonly liveAfterFirstFrame: number;
  readonly liveAfterRounds: number[];
  readonly created: number;
  readonly deleted: number;
  /** Whether each round's frame was drawn (the changes were not dropped on the floor). */
  readonly drawn: boolean;
}

/**
 * Counts the WebGL buffers alive in the page (every context's createBuffer and deleteBuffer, wrapped) while
 * our plot takes `rounds` rounds of a recolour (with and without sizes), a filter and a streamed layout of
 * `count` points, a frame after each: the count must stay where the first frame left it.
 */
async function bufferCheck(count: number, rounds: number): Promise<BufferCheckResult> {
  const live = new Set<WebGLBuffer>();
  let created = 0;
  let deleted = 0;
  const gl2 = WebGL2RenderingContext.prototype;
  // The originals, called with the context as `this` (taken through Reflect: they are wrapped, not called here).
  const createBuffer = Reflect.get<WebGL2RenderingContext, 'createBuffer'>(gl2, 'createBuffer');
  const deleteBuffer = Reflect.get<WebGL2RenderingContext, 'deleteBuffer'>(gl2, 'deleteBuffer');
  gl2.createBuffer = function (this: WebGL2RenderingContext): WebGLBuffer {
    const buffer = createBuffer.call(this);
    live.add(buffer);
    created++;
    return buffer;
  };
  gl2.deleteBuffer = function (this: WebGL2RenderingContext, buffer: WebGLBuffer | null): void {
    if (buffer !== null && live.delete(buffer)) deleted++;
    deleteBuffer.call(this, buffer);
  };
  stage.replaceChildren();
  const { coords, colors, texts } = syntheticPoints(count);
  const labels = new Array<string | null>(count).fill(null);
  const controller = new PlotController(canvas(), canvas());
  controller.resize({ width: WIDTH, height: HEIGHT }, 1);
  controller.setStyle({ colors, sizes: null });
  controller.setData({ coords, dims: 2, texts, labels });
  while (!controller.isRendered()) await nextFrame();
  const liveAfterFirstFrame = live.size;
  const liveAfterRounds: number[] = [];
  let drawn = true;
  for (let round = 0; round < rounds; round++) {
    const sizes = round % 2 === 0 ? new Uint8Array(count).fill(round) : null;
    controller.setStyle({ colors: colors.map((value) => (value + round) % 256), sizes });
    const state = new Uint8Array(count);
    for (let i = round % 7; i < count; i += 7) state[i] = POINT_HIDDEN;
    controller.setPointState(state, false, false);
    const layout = coords.map((value) => value * (1 + round / rounds));
    controller.setData({ coords: layout, dims: 2, texts, labels });
    await nextFrame();
    await nextFrame();
    drawn &&= controller.isRendered();
    liveAfterRounds.push(live.size);
  }
  controller.dispose();
  gl2.createBuffer = createBuffer;
  gl2.deleteBuffer = deleteBuffer;
  return { liveAfterFirstFrame, liveAfterRounds, created, deleted, drawn };
}

declare global {
  interface Window {
    renderBench?: Record<'ours' | 'three' | 'regl' | 'regl4', (count: number) => Promise<BenchResult>>;
    bufferCheck?: typeof bufferCheck;
    /** Set by the benchmark runner: starts or stops a Chrome trace of the page (absent in other drivers). */
    benchTrace?: (phase: 'start' | 'stop') => Promise<void>;
  }
}

window.bufferCheck = bufferCheck;

window.renderBench = {
  ours: runOurs,
  three: runThree,
  regl: (count) => runRegl(count, POINT_SIZE_CSS_PX),
  regl4: (count) => runRegl(count, 4),
};
