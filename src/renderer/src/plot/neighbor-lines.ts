import { BufferAttribute, BufferGeometry, LineSegments, ShaderMaterial, type Object3D } from 'three';
import { hexToRgb } from './palette';

/** A point and its neighbours, as drawn on the plot. */
export interface NeighborLinks {
  readonly source: number;
  readonly targets: readonly number[];
  /** The neighbour whose line is emphasised (hovered in the list), or -1. */
  readonly highlight: number;
}

/** Colours of the neighbour lines. */
export interface NeighborLineColors {
  readonly line: string;
  readonly highlight: string;
}

// Like the points, colours are written as they are (no colour-space conversion), so the line pixels are
// exactly the theme's colour and the test can find them.
const VERTEX_SHADER = /* glsl */ `
attribute vec3 aColor;
varying vec3 vColor;
void main() {
  vColor = aColor;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

const FRAGMENT_SHADER = /* glsl */ `
varying vec3 vColor;
void main() {
  gl_FragColor = vec4(vColor, 1.0);
}
`;

/**
 * Lines from a point to each of its nearest neighbours, in one `THREE.LineSegments` (one draw call, 2 vertices
 * per neighbour). Drawn before the points (an opaque object, no depth test), so the points stay on top.
 */
export class NeighborLinesLayer {
  private readonly material = new ShaderMaterial({
    vertexShader: VERTEX_SHADER,
    fragmentShader: FRAGMENT_SHADER,
    depthTest: false,
    depthWrite: false,
  });
  private lines: LineSegments | null = null;

  /** Rebuilds the lines for `links` over `positions` (3 per point); null or no targets removes them. */
  update(positions: Float32Array, links: NeighborLinks | null, colors: NeighborLineColors): Object3D | null {
    this.disposeLines();
    if (links === null || links.targets.length === 0) return null;
    const n = links.targets.length;
    const vertices = new Float32Array(n * 6);
    const rgb = new Float32Array(n * 6);
    const base = hexToRgb(colors.line).map((c) => c / 255);
    const strong = hexToRgb(colors.highlight).map((c) => c / 255);
    links.targets.forEach((target, k) => {
      const colour = target === links.highlight ? strong : base;
      for (let axis = 0; axis < 3; axis++) {
        vertices[6 * k + axis] = positions[3 * links.source + axis] ?? 0;
        vertices[6 * k + 3 + axis] = positions[3 * target + axis] ?? 0;
        rgb[6 * k + axis] = colour[axis] ?? 0;
        rgb[6 * k + 3 + axis] = colour[axis] ?? 0;
      }
    });
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(vertices, 3));
    geometry.setAttribute('aColor', new BufferAttribute(rgb, 3));
    const lines = new LineSegments(geometry, this.material);
    lines.frustumCulled = false;
    // Before the points, whatever three.js's sorting would otherwise decide.
    lines.renderOrder = -1;
    this.lines = lines;
    return lines;
  }

  /** Frees the GPU buffers. */
  dispose(): void {
    this.disposeLines();
    this.material.dispose();
  }

  private disposeLines(): void {
    this.lines?.geometry.dispose();
    this.lines = null;
  }
}
