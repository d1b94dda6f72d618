import { ShaderMaterial, Vector2, Vector3 } from 'three';
import { hexToRgb } from './palette';

/** Point diameter in CSS pixels: big enough to hover and to see the colour, small enough for dense maps. */
export const POINT_SIZE_CSS_PX = 8;
/** Search matches are this much larger (CSS px), to make room for their ring around the full colour. */
const MATCH_EXTRA_CSS_PX = 4;
/** Width of a match's ring in CSS pixels. */
const RING_CSS_PX = 2;
/** Size attenuation never shrinks or grows a point beyond these factors: far points stay visible. */
const MIN_ATTENUATION = 0.35;
const MAX_ATTENUATION = 3;
/** Sizing by a column spans these multiples of the point size (byte 0 → smallest, 255 → largest). */
const MIN_SIZE_FACTOR = 0.5;
const MAX_SIZE_FACTOR = 2.5;
/** At the back of the data, fog has mixed this much of the background into a point's colour. */
const FOG_STRENGTH = 0.65;

// Plain GLSL (three.js adds the WebGL2 prelude). No lighting, no colour-space conversion: the byte colour
// from the palette is written as is, so the centre of an undimmed point is exactly its legend colour.
//
// On a CPU rasteriser (SwiftShader) and on weak GPUs the fragments are what a frame costs: every point's
// colours, fog and edge constants are worked out once per point here, handed over as `flat` varyings (no
// interpolation per fragment), and the fragment shader is left with a squared radius, one clamp and one mix.
const VERTEX_SHADER = /* glsl */ `
attribute vec3 aColor;
attribute vec3 aFrom;
attribute float aState;
attribute float aSize;
uniform float uUseSize;
uniform float uPointSize;
uniform float uMatchExtra;
uniform float uRingWidth;
uniform float uMix;
uniform float uHasSelection;
uniform float uHasSearch;
uniform vec3 uDimColor;
uniform vec3 uRingColor;
uniform vec3 uBackground;
uniform float uAttenuationDepth;
uniform vec2 uFogRange;
flat varying vec3 vColor;
flat varying vec3 vRingColor;
// x: alpha per unit of (1 - r²), which makes the rim one device pixel wide; y: r² where a match's ring
// starts (above 1 for no ring); z: the ring's blend per unit of r² (one device pixel wide too).
flat varying vec3 vEdge;

void main() {
  float state = floor(aState + 0.5);
  float hidden = mod(state, 2.0);
  float selected = mod(floor(state / 2.0), 2.0);
  float match = mod(floor(state / 4.0), 2.0);
  if (hidden > 0.5) {
    // Outside the clip volume with no size: a hidden category costs nothing to rasterise.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  vec4 viewPosition = modelViewMatrix * vec4(mix(aFrom, position, uMix), 1.0);
  gl_Position = projectionMatrix * viewPosition;
  float dim = max(uHasSelection * (1.0 - selected), uHasSearch * (1.0 - match));
  float ring = match * uHasSearch;
  float scaled = uUseSize > 0.5 ? mix(${MIN_SIZE_FACTOR.toFixed(2)}, ${MAX_SIZE_FACTOR.toFixed(2)}, aSize) : 1.0;
  float size = uPointSize * scaled + ring * uMatchExtra;
  if (uAttenuationDepth > 0.0) {
    size *= clamp(uAttenuationDepth / max(-viewPosition.z, 1e-6), ${MIN_ATTENUATION.toFixed(2)}, ${MAX_ATTENUATION.toFixed(1)});
  }
  gl_PointSize = size;
  // Without fog the mix weight is exactly 0, so the colour stays the exact byte colour.
  float fog = uFogRange.y > uFogRange.x ? ${FOG_STRENGTH.toFixed(2)} * smoothstep(uFogRange.x, uFogRange.y, -viewPosition.z) : 0.0;
  vColor = mix(mix(aColor, uDimColor, dim), uBackground, fog);
  vRingColor = mix(uRingColor, uBackground, fog);
  // Near the rim 1 - r² ≈ 2(1 - r), and one device pixel is 2 / size in r: the rim spans 4 / size in r².
  // The ring blends in over the pixel inside radius \`inner\` (where d(r²) = 2 · inner · dr).
  float pixel = 2.0 / size;
  float inner = max(1.0 - uRingWidth * pixel, pixel);
  float start = max(inner - pixel, 0.0);
  vEdge = vec3(size / 4.0, ring > 0.5 ? start * start : 2.0, size / (4.0 * inner));
}
`;

const FRAGMENT_SHADER = /* glsl */ `
flat varying vec3 vColor;
flat varying vec3 vRingColor;
flat varying vec3 vEdge;

void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  // r², 0 at the centre and 1 at the rim: no square root per fragment.
  float r2 = dot(c, c);
  if (r2 >= 1.0) discard;
  // The whole disc is the exact colour (no darker rim): where same-coloured points overlap, a rim would
  // change the colour at a neighbour's centre. Only search matches get a ring, outside their full-colour core;
  // elsewhere the ring's weight is exactly 0.
  vec3 color = mix(vColor, vRingColor, clamp((r2 - vEdge.y) * vEdge.z, 0.0, 1.0));
  gl_FragColor = vec4(color, min(1.0, (1.0 - r2) * vEdge.x));
}
`;

/** Colours the material takes from the theme. */
export interface PointColors {
  readonly background: string;
  readonly dim: string;
  readonly ring: string;
}

/** The material for every point of the map: round, antialiased, opaque fill, state-dependent colour and size. */
export function createPointMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX_SHADER,
    fragmentShader: FRAGMENT_SHADER,
    uniforms: {
      uPointSize: { value: POINT_SIZE_CSS_PX },
      uMatchExtra: { value: MATCH_EXTRA_CSS_PX },
      uRingWidth: { value: RING_CSS_PX },
      uMix: { value: 1 },
      uUseSize: { value: 0 },
      uHasSelection: { value: 0 },
      uHasSearch: { value: 0 },
      uDimColor: { value: srgbVector('#c4c7ce') },
      uRingColor: { value: srgbVector('#1f2430') },
      uBackground: { value: srgbVector('#fbfbfd') },
      uAttenuationDepth: { value: 0 },
      uFogRange: { value: new Vector2(0, 0) },
    },
    // Blending only affects the antialiased rim: at the centre alpha is 1.
    transparent: true,
    depthTest: false,
    depthWrite: false,
  });
}

/** Sets one uniform's value (the material is ours, so every name used here exists). */
export function setUniform(material: ShaderMaterial, name: string, value: unknown): void {
  const uniform = material.uniforms[name];
  if (uniform !== undefined) uniform.value = value;
}

/** Keeps point sizes constant in CSS pixels whatever the device (or export) pixel ratio. */
export function setPointPixelRatio(material: ShaderMaterial, pixelRatio: number): void {
  setUniform(material, 'uPointSize', POINT_SIZE_CSS_PX * pixelRatio);
  setUniform(material, 'uMatchExtra', MATCH_EXTRA_CSS_PX * pixelRatio);
  setUniform(material, 'uRingWidth', RING_CSS_PX * pixelRatio);
}

/** Applies the theme's colours. */
export function setPointColors(material: ShaderMaterial, colors: PointColors): void {
  setUniform(material, 'uBackground', srgbVector(colors.background));
  setUniform(material, 'uDimColor', srgbVector(colors.dim));
  setUniform(material, 'uRingColor', srgbVector(colors.ring));
}

/**
 * `#rrggbb` as 0–1 components, unconverted. three.js's `Color` would convert to linear light, but this
 * shader writes colours as is (like the byte colours of the points), so uniforms must stay sRGB too.
 */
function srgbVector(hex: string): Vector3 {
  const [r, g, b] = hexToRgb(hex);
  return new Vector3(r / 255, g / 255, b / 255);
}
