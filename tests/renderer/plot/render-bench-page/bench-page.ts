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
import { syntheticPoints, benchLasso, type BenchResult } from './bench-data';

const WIDTH = 1000;
const HEIGHT = 700;
/** Frames timed while panning and zooming: enough for a stable median, few enough at 1M on SwiftShader. */
const FRAMES = 12;
/** Hover picks timed per renderer (random positions). */
const PICKS = 50;

const stage = document.getElementById('stage') as HTMLDivElement;

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Blocks until the GPU finished what was drawn on `canvas` (a 1-pixel read is a full sync). */
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
  for (let k = 0; k < FRAMES; k++) {
    const start = performance.now();
    step(k);
    await nextFrame();
    syncGpu(target);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A pan of a few pixels each frame, with a zoom in and out every third frame. */
function panStep(k: number): { dx: number; dy: number; zoom: number } {
  return { dx: 7, dy: -4, zoom: k % 3 === 0 ? (k % 2 === 0 ? 0.9 : 1 / 0.9) : 1 };
}

async function runOurs(count: number): Promise<BenchResult> {
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
  while (!controller.isRendered()) await nextFrame();
  syncGpu(gl);
  const firstFrameMs = performance.now() - start;
  const frameMs = await timeFrames((k) => {
    const { dx, dy, zoom } = panStep(k);
    controller.drag(dx, dy, false);
    if (zoom !== 1) controller.zoomAt(WIDTH / 2, HEIGHT / 2, zoom);
  }, gl);
  controller.fit();
  await nextFrame();
  const picks: number[] = [];
  controller.pick(1, 1);
  for (let k = 0; k < PICKS; k++) {
    const t = performance.now();
    controller.pick((k * 97) % WIDTH, (k * 61) % HEIGHT);
    picks.push(performance.now() - t);
  }
  const lasso = benchLasso(WIDTH, HEIGHT);
  const t = performance.now();
  const selected = controller.hitsNow()?.inPolygon(lasso).length ?? 0;
  const lassoMs = performance.now() - t;
  controller.dispose();
  return { firstFrameMs, frameMs, pickMs: median(picks), lassoMs, selected };
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
  const lasso = benchLasso(WIDTH, HEIGHT);
  const t = performance.now();
  let selected = 0;
  for (let i = 0; i < count; i++) {
    const x = (((coords[2 * i] ?? 0) / aspect / 1.1) * 0.5 + 0.5) * WIDTH;
    const y = (0.5 - ((coords[2 * i + 1] ?? 0) / 1.1) * 0.5) * HEIGHT;
    if (pointInPolygon(lasso, x, y)) selected++;
  }
  const lassoMs = performance.now() - t;
  geometry.dispose();
  renderer.dispose();
  return { firstFrameMs, frameMs, pickMs: median(picks), lassoMs, selected };
}

async function runRegl(count: number): Promise<BenchResult> {
  stage.replaceChildren();
  const { coords } = syntheticPoints(count);
  const target = canvas();
  await nextFrame();
  const start = performance.now();
  const scatterplot = createScatterplot({ canvas: target, width: WIDTH, height: HEIGHT, pointSize: 4 });
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
  const lasso = benchLasso(WIDTH, HEIGHT);
  const vertices: [number, number][] = [];
  for (let k = 0; k + 1 < lasso.length; k += 2)
    vertices.push([((lasso[k] ?? 0) / WIDTH) * 2 - 1, 1 - ((lasso[k + 1] ?? 0) / HEIGHT) * 2]);
  let selected = 0;
  scatterplot.subscribe(
    'select',
    ({ points }) => {
      selected = points.length;
    },
    1,
  );
  const t = performance.now();
  scatterplot.lassoSelect(vertices, { isGl: true });
  const lassoMs = performance.now() - t;
  scatterplot.destroy();
  return { firstFrameMs, frameMs, pickMs: NaN, lassoMs, selected };
}

declare global {
  interface Window {
    renderBench?: Record<'ours' | 'three' | 'regl', (count: number) => Promise<BenchResult>>;
  }
}

window.renderBench = { ours: runOurs, three: runThree, regl: runRegl };
