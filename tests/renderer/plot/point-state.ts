import { POINT_HIDDEN } from '../../../src/renderer/src/plot/point-flags';

/** Point state bytes for `count` points: hidden where `visible` says no (what the plot hands its hit index). */
export function stateOf(count: number, visible: (index: number) => boolean): Uint8Array {
  return Uint8Array.from({ length: count }, (_, i) => (visible(i) ? 0 : POINT_HIDDEN));
}
