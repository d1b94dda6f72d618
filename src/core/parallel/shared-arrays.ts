/**
 * Zeroed typed arrays over a SharedArrayBuffer where the host has one (Node, Electron's utility process),
 * so worker threads read and write them in place; over a plain buffer elsewhere (a page without
 * cross-origin isolation), where tasks then run on the calling thread.
 */
const sharing = typeof SharedArrayBuffer === 'function';

export function sharedFloat32Array(length: number): Float32Array {
  return sharing ? new Float32Array(new SharedArrayBuffer(4 * length)) : new Float32Array(length);
}

export function sharedInt32Array(length: number): Int32Array {
  return sharing ? new Int32Array(new SharedArrayBuffer(4 * length)) : new Int32Array(length);
}

export function sharedUint8Array(length: number): Uint8Array {
  return sharing ? new Uint8Array(new SharedArrayBuffer(length)) : new Uint8Array(length);
}

export function sharedFloat64Array(length: number): Float64Array {
  return sharing ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length);
}
