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
const VERTEX_SHADER = /* glsl */ `
attribute vec3 aColor;
attribute vec3 aFrom;
attribute float aState;
attribute float aSize;
uniform float uUseSize;
uniform float uPointSize;
uniform float uMatchExtra;
uniform float uMix;
uniform float uHasSelection;
uniform float uHasSearch;
uniform vec3 uDimColor;
uniform float uAttenuationDepth;
uniform vec2 uFogRange;
varying vec3 vColor;
varying float vRing;
varying float vSize;
varying float vFog;

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
  vColor = mix(aColor, uDimColor, dim);
  vRing = match * uHasSearch;
  float scaled = uUseSize > 0.5 ? mix(${MIN_SIZE_FACTOR.toFixed(2)}, ${MAX_SIZE_FACTOR.toFixed(2)}, aSize) : 1.0;
  float size = uPointSize * scaled + vRing * uMatchExtra;
  if (uAttenuationDepth > 0.0) {
    size *= clamp(uAttenuationDepth / max(-viewPosition.z, 1e-6), ${MIN_ATTENUATION.toFixed(2)}, ${MAX_ATTENUATION.toFixed(1)});
  }
  gl_PointSize = size;
  vSize = size;
  vFog = uFogRange.y > uFogRange.x ? ${FOG_STRENGTH.toFixed(2)} * smoothstep(uFogRange.x, uFogRange.y, -viewPosition.z) : 0.0;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
uniform vec3 uRingColor;
uniform vec3 uBackground;
uniform float uRingWidth;
varying vec3 vColor;
varying float vRing;
varying float vSize;
varying float vFog;

void main() {
  // 0 at the centre, 1 at the rim of the disc.
  float r = length(gl_PointCoord * 2.0 - 1.0);
  // One device pixel in those units: the width of the antialiased edge.
  float pixel = 2.0 / vSize;
  float alpha = 1.0 - smoothstep(1.0 - pixel, 1.0, r);
  if (alpha <= 0.0) discard;
  // The whole disc is the exact colour (no darker rim): where same-coloured points overlap, a rim would
  // change the colour at a neighbour's centre. Only search matches get a ring, outside their full-colour core.
  vec3 color = vColor;
  if (vRing > 0.5) {
    float inner = 1.0 - 2.0 * uRingWidth / vSize;
    color = mix(color, uRingColor, smoothstep(inner - pixel, inner, r));
  }
  gl_FragColor = vec4(mix(color, uBackground, vFog), alpha);
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
