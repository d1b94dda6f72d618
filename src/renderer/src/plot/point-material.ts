import { ShaderMaterial } from 'three';

/** Point diameter in CSS pixels: big enough to hover and to see the colour, small enough for dense maps. */
export const POINT_SIZE_CSS_PX = 8;

// Plain GLSL (three.js adds the WebGL2 prelude). No lighting, no colour-space conversion: the byte colour
// from the palette is written as is, so the centre of a point is exactly its legend colour.
const VERTEX_SHADER = /* glsl */ `
attribute vec3 aColor;
uniform float uPointSize;
varying vec3 vColor;

void main() {
  vColor = aColor;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position.xy, 0.0, 1.0);
  gl_PointSize = uPointSize;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
uniform float uPointSize;
varying vec3 vColor;

void main() {
  // 0 at the centre, 1 at the rim of the disc.
  float r = length(gl_PointCoord * 2.0 - 1.0);
  // One device pixel in those units: the width of the antialiased edge.
  float pixel = 2.0 / uPointSize;
  float alpha = 1.0 - smoothstep(1.0 - pixel, 1.0, r);
  if (alpha <= 0.0) discard;
  // The whole disc is the exact colour (no darker rim): where same-coloured points overlap, a rim would
  // change the colour at a neighbour's centre.
  gl_FragColor = vec4(vColor, alpha);
}
`;

/** The material for every point of the map: round, antialiased, opaque fill, fixed size on screen. */
export function createPointMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX_SHADER,
    fragmentShader: FRAGMENT_SHADER,
    uniforms: {
      uPointSize: { value: POINT_SIZE_CSS_PX },
    },
    // Blending only affects the antialiased rim: at the centre alpha is 1.
    transparent: true,
    depthTest: false,
    depthWrite: false,
  });
}

/** Keeps the point size constant in CSS pixels whatever the device (or export) pixel ratio. */
export function setPointPixelRatio(material: ShaderMaterial, pixelRatio: number): void {
  const size = material.uniforms['uPointSize'];
  if (size !== undefined) size.value = POINT_SIZE_CSS_PX * pixelRatio;
}
