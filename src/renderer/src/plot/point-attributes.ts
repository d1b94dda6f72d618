import { BufferGeometry, GLBufferAttribute, Sphere, type NormalOrGLBufferAttributes } from 'three';

/** The vertex attributes the point shader reads (see point-material). */
export type PointSlot = 'position' | 'aFrom' | 'aColor' | 'aState' | 'aSize';

/** What a point attribute is uploaded from: 32-bit floats (positions) or bytes (colours, state, sizes). */
export type PointArray = Float32Array | Uint8Array;

/**
 * The vertex buffers of one map's points, owned here rather than by three.js. Every change uploads into a
 * *new* WebGL buffer and deletes the one it replaces at once:
 *
 * - rewriting a buffer in place (`bufferSubData`) makes the upload wait until the frames still reading it
 *   are drawn, which on a CPU rasteriser (SwiftShader) at a million points is hundreds of milliseconds of
 *   main thread; a fresh buffer has no such readers;
 * - three.js frees an attribute's buffer only when its whole geometry is disposed, so a replaced
 *   `BufferAttribute` would keep its GPU memory until garbage collection. `GLBufferAttribute` wraps a
 *   buffer we created, so we can delete it ourselves (three.js deletes it again on dispose, a no-op).
 *
 * Uploads wait for {@link flush}, which the renderer calls as it draws: on an animation frame the GPU has
 * finished the last frame, while an upload made as data arrives (a streamed layout, between frames) waits
 * in the browser's command buffer behind the frame still being drawn, which on a CPU rasteriser at a
 * million points is seconds. Waiting also coalesces several changes between two frames into one upload.
 *
 * Slots may share one buffer (the start positions are the positions while the points stand still; the
 * state stands in for sizes when there are none); a buffer is deleted when no slot uses it any more.
 */
export class PointAttributes {
  readonly geometry = new BufferGeometry<NormalOrGLBufferAttributes>();
  private readonly slots = new Map<PointSlot, GLBufferAttribute>();
  /** Changes waiting for the next draw, by what they change (a newer one replaces an older of the same). */
  private readonly pending = new Map<string, () => void>();

  constructor(private readonly gl: WebGL2RenderingContext) {
    // three.js sorts transparent objects by their bounding sphere, which it cannot compute from buffers it
    // does not hold; the points are one object (never sorted against another), so any sphere will do.
    this.geometry.boundingSphere = new Sphere();
  }

  /**
   * Uploads `array` (`itemSize` values per point; bytes read as 0–1 when `normalized`) into a new buffer that
   * every slot in `slots` then reads, and frees the buffers those slots no longer need.
   */
  upload(slots: readonly PointSlot[], array: PointArray, itemSize: number, normalized = false): void {
    this.defer(slots.join(), () => {
      this.uploadNow(slots, array, itemSize, normalized);
    });
  }

  /** Makes `slot` read the same buffer as `source`, from the next draw on. */
  share(slot: PointSlot, source: PointSlot): void {
    this.defer(`${slot}<${source}`, () => {
      const attribute = this.slots.get(source);
      if (attribute !== undefined) this.assign(slot, attribute);
    });
  }

  /** Makes the waiting uploads, in the order they were asked for; the renderer calls it before drawing. */
  flush(): void {
    for (const change of this.pending.values()) change();
    this.pending.clear();
  }

  private defer(key: string, change: () => void): void {
    this.pending.delete(key);
    this.pending.set(key, change);
  }

  private uploadNow(
    slots: readonly PointSlot[],
    array: PointArray,
    itemSize: number,
    normalized: boolean,
  ): void {
    const { gl } = this;
    const buffer = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.bufferData(gl.ARRAY_BUFFER, array, gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    const type = array instanceof Float32Array ? gl.FLOAT : gl.UNSIGNED_BYTE;
    const count = Math.floor(array.length / itemSize);
    const elementSize = array instanceof Float32Array ? 4 : 1;
    const attribute = new GLBufferAttribute(buffer, type, itemSize, elementSize, count, normalized);
    for (const slot of slots) this.assign(slot, attribute);
  }

  /** Deletes every buffer and the geometry (and drops the waiting uploads). */
  dispose(): void {
    this.pending.clear();
    const buffers = new Set([...this.slots.values()].map((attribute) => attribute.buffer));
    this.slots.clear();
    for (const buffer of buffers) this.gl.deleteBuffer(buffer);
    this.geometry.dispose();
  }

  private assign(slot: PointSlot, attribute: GLBufferAttribute): void {
    const previous = this.slots.get(slot);
    this.slots.set(slot, attribute);
    // A new attribute object (never a new buffer in the old one): three.js rebinds the vertex array only
    // when the attribute object changes.
    this.geometry.setAttribute(slot, attribute);
    if (previous === undefined || previous.buffer === attribute.buffer) return;
    const stillUsed = [...this.slots.values()].some((other) => other.buffer === previous.buffer);
    if (!stillUsed) this.gl.deleteBuffer(previous.buffer);
  }
}
