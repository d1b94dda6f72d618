/**
 * Cells are split at most this many times (2⁻⁴⁰ of the layout's extent): deeper cells would only separate
 * points that coincide to float precision, so such points share a leaf instead of recursing forever.
 */
const MAX_DEPTH = 40;
/** Nodes allocated per point at first; the arrays double when a layout needs more (rarely). */
const INITIAL_NODES_PER_POINT = 3;

/**
 * A Barnes–Hut space-partitioning tree over a 2D (quadtree) or 3D (octree) layout, in flat typed arrays
 * that are kept and refilled every iteration rather than allocated per node. Each node stores its cell
 * (centre and half-width), the number of points under it and their centre of mass.
 */
export class SpaceTree {
  private readonly children: number;
  private capacity = 0;
  private count = 0;
  /** Cell centre, `capacity × dims`. */
  private centre = new Float64Array(0);
  /** Half the cell's side (cells are squares or cubes). */
  private half = new Float64Array(0);
  /** Points under the node. */
  private mass = new Float64Array(0);
  /** Centre of mass, `capacity × dims` (a running sum until {@link build} finishes). */
  private centreOfMass = new Float64Array(0);
  /** Index of the first of the node's 2^dims children, or −1 for a leaf. */
  private firstChild = new Int32Array(0);
  /** The point a leaf holds (the first one when several share it), or −1 when empty. */
  private leafPoint = new Int32Array(0);
  /** The next point sharing a leaf with this one, or −1: each leaf's points form a linked list. */
  private readonly nextInLeaf: Int32Array;
  /**
   * What the force walk reads, packed per node so that one cache line serves a node: its centre of mass
   * (dims values), mass, and squared cell side. Filled from the build arrays once the tree is complete.
   */
  private packed = new Float64Array(0);
  /** Traversal stack, sized for the deepest possible walk. */
  private readonly stack: Int32Array;

  constructor(
    private readonly dims: 2 | 3,
    points: number,
  ) {
    this.children = dims === 3 ? 8 : 4;
    this.stack = new Int32Array(MAX_DEPTH * this.children + this.children + 1);
    this.nextInLeaf = new Int32Array(points);
    this.grow(Math.max(16, points * INITIAL_NODES_PER_POINT));
  }

  /** Rebuilds the tree over `layout` (row-major `points × dims`). */
  build(layout: Float64Array, points: number): void {
    const { dims } = this;
    this.count = 0;
    const lower = [Infinity, Infinity, Infinity];
    const upper = [-Infinity, -Infinity, -Infinity];
    for (let p = 0; p < points; p++) {
      for (let d = 0; d < dims; d++) {
        const value = layout[p * dims + d] ?? 0;
        lower[d] = Math.min(lower[d] ?? 0, value);
        upper[d] = Math.max(upper[d] ?? 0, value);
      }
    }
    let half = 0;
    for (let d = 0; d < dims; d++) half = Math.max(half, ((upper[d] ?? 0) - (lower[d] ?? 0)) / 2);
    // A little slack keeps the extreme points strictly inside; the floor covers a layout of one point.
    half = half * (1 + 1e-6) + 1e-12;
    const root = this.allocate(1);
    for (let d = 0; d < dims; d++) this.centre[root * dims + d] = ((lower[d] ?? 0) + (upper[d] ?? 0)) / 2;
    this.half[root] = half;
    for (let p = 0; p < points; p++) this.insert(layout, p);
    this.pack();
  }

  /** Writes each node's centre of mass, mass and squared side into {@link packed}. */
  private pack(): void {
    const { dims, count } = this;
    const stride = dims + 2;
    if (this.packed.length < count * stride) this.packed = new Float64Array(this.capacity * stride);
    const packed = this.packed;
    for (let node = 0; node < count; node++) {
      const mass = this.mass[node] ?? 0;
      const at = node * stride;
      for (let d = 0; d < dims; d++)
        packed[at + d] = mass === 0 ? 0 : (this.centreOfMass[node * dims + d] ?? 0) / mass;
      packed[at + dims] = mass;
      const side = 2 * (this.half[node] ?? 0);
      packed[at + dims + 1] = side * side;
    }
  }

  /**
   * Barnes–Hut repulsion on the point at `position` (its own coordinates, read from `layout`): adds
   * Σ m·q²·(y_i − c) over the cells into `force` (length dims) and returns Σ m·q, where q = 1 / (1 + |y_i − c|²)
   * and a cell is summarised by its centre of mass c when its side is below theta times its distance.
   * The point's own leaf counts with q = 1 (and no force); the caller subtracts those N from Z.
   */
  repulsion(layout: Float64Array, point: number, thetaSquared: number, force: Float64Array): number {
    const { dims, stack, packed, firstChild, children } = this;
    const three = dims === 3;
    const stride = dims + 2;
    const x = layout[point * dims] ?? 0;
    const y = layout[point * dims + 1] ?? 0;
    const z = three ? (layout[point * dims + 2] ?? 0) : 0;
    let fx = 0;
    let fy = 0;
    let fz = 0;
    let sumQ = 0;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top] ?? 0;
      const at = node * stride;
      const dx = x - (packed[at] ?? 0);
      const dy = y - (packed[at + 1] ?? 0);
      const dz = three ? z - (packed[at + 2] ?? 0) : 0;
      const d2 = dx * dx + dy * dy + dz * dz;
      const first = firstChild[node] ?? -1;
      if (first < 0 || (packed[at + dims + 1] ?? 0) < thetaSquared * d2) {
        const q = 1 / (1 + d2);
        const mq = (packed[at + dims] ?? 0) * q;
        sumQ += mq;
        const mqq = mq * q;
        fx += mqq * dx;
        fy += mqq * dy;
        fz += mqq * dz;
        continue;
      }
      // Empty cells are never pushed: a quadtree's leaves are often half empty.
      for (let c = first; c < first + children; c++)
        if ((packed[c * stride + dims] ?? 0) > 0) stack[top++] = c;
    }
    force[0] = (force[0] ?? 0) + fx;
    force[1] = (force[1] ?? 0) + fy;
    if (three) force[2] = (force[2] ?? 0) + fz;
    return sumQ;
  }

  /**
   * Writes the points into `out` in the order a depth-first walk meets their leaves, so that points close
   * in the layout come one after another: walking the tree for them in this order keeps the nodes they
   * share in cache (a Z-order curve over the layout, as FIt-SNE and openTSNE's BH also exploit).
   */
  spatialOrder(out: Int32Array): void {
    const { stack, firstChild, leafPoint, children } = this;
    let written = 0;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top] ?? 0;
      const first = firstChild[node] ?? -1;
      if (first >= 0) {
        for (let c = first + children - 1; c >= first; c--) stack[top++] = c;
        continue;
      }
      for (let point = leafPoint[node] ?? -1; point >= 0; point = this.nextInLeaf[point] ?? -1)
        out[written++] = point;
    }
  }

  private insert(layout: Float64Array, point: number): void {
    const { dims } = this;
    let node = 0;
    for (let depth = 0; ; depth++) {
      const before = this.mass[node] ?? 0;
      this.mass[node] = before + 1;
      for (let d = 0; d < dims; d++)
        this.centreOfMass[node * dims + d] =
          (this.centreOfMass[node * dims + d] ?? 0) + (layout[point * dims + d] ?? 0);
      const first = this.firstChild[node] ?? -1;
      if (first >= 0) {
        node = first + this.childIndex(node, layout, point);
        continue;
      }
      if (before === 0) {
        this.leafPoint[node] = point;
        this.nextInLeaf[point] = -1;
        return;
      }
      const resident = this.leafPoint[node] ?? 0;
      // A point on top of the resident one(s), or the depth limit: share the leaf. Above the depth limit
      // a leaf holds only coincident points, so it can be split with all of them at the resident's place.
      if (depth >= MAX_DEPTH || this.coincide(layout, resident, point)) {
        this.nextInLeaf[point] = this.nextInLeaf[resident] ?? -1;
        this.nextInLeaf[resident] = point;
        return;
      }
      this.split(node, layout, resident, before);
      node = (this.firstChild[node] ?? 0) + this.childIndex(node, layout, point);
    }
  }

  /** Turns a leaf into an internal node whose child holds its `count` coincident points. */
  private split(node: number, layout: Float64Array, resident: number, count: number): void {
    const { dims, children } = this;
    const first = this.allocate(children);
    const childHalf = (this.half[node] ?? 0) / 2;
    for (let c = 0; c < children; c++) {
      const child = first + c;
      this.half[child] = childHalf;
      for (let d = 0; d < dims; d++) {
        const sign = (c >> d) & 1 ? 1 : -1;
        this.centre[child * dims + d] = (this.centre[node * dims + d] ?? 0) + sign * childHalf;
      }
    }
    this.firstChild[node] = first;
    this.leafPoint[node] = -1;
    const target = first + this.childIndex(node, layout, resident);
    this.mass[target] = count;
    this.leafPoint[target] = resident;
    for (let d = 0; d < dims; d++)
      this.centreOfMass[target * dims + d] = count * (layout[resident * dims + d] ?? 0);
  }

  /** Which child cell of `node` holds `point`: bit d set when it lies on the upper side of axis d. */
  private childIndex(node: number, layout: Float64Array, point: number): number {
    let index = 0;
    for (let d = 0; d < this.dims; d++)
      if ((layout[point * this.dims + d] ?? 0) >= (this.centre[node * this.dims + d] ?? 0)) index |= 1 << d;
    return index;
  }

  private coincide(layout: Float64Array, a: number, b: number): boolean {
    for (let d = 0; d < this.dims; d++)
      if (layout[a * this.dims + d] !== layout[b * this.dims + d]) return false;
    return true;
  }

  /** Reserves `nodes` fresh, empty nodes and returns the first one's index. */
  private allocate(nodes: number): number {
    if (this.count + nodes > this.capacity) this.grow(Math.max(2 * this.capacity, this.count + nodes));
    const first = this.count;
    const { dims } = this;
    this.mass.fill(0, first, first + nodes);
    this.centreOfMass.fill(0, first * dims, (first + nodes) * dims);
    this.firstChild.fill(-1, first, first + nodes);
    this.leafPoint.fill(-1, first, first + nodes);
    this.count += nodes;
    return first;
  }

  private grow(capacity: number): void {
    const { dims } = this;
    const copy = <T extends Float64Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.centre = copy(this.centre, new Float64Array(capacity * dims));
    this.half = copy(this.half, new Float64Array(capacity));
    this.mass = copy(this.mass, new Float64Array(capacity));
    this.centreOfMass = copy(this.centreOfMass, new Float64Array(capacity * dims));
    this.firstChild = copy(this.firstChild, new Int32Array(capacity));
    this.leafPoint = copy(this.leafPoint, new Int32Array(capacity));
    this.capacity = capacity;
  }
}
