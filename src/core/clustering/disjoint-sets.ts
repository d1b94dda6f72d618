/** Union–find with path halving and union by size. */
export class DisjointSets {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Int32Array(count).fill(1);
  }

  find(item: number): number {
    let node = item;
    while (this.parent[node] !== node) {
      const grandparent = this.parent[this.parent[node] ?? node] ?? node;
      this.parent[node] = grandparent;
      node = grandparent;
    }
    return node;
  }

  /** Joins the sets of `a` and `b`; false when they already were one. */
  union(a: number, b: number): boolean {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return false;
    if ((this.size[rootA] ?? 0) < (this.size[rootB] ?? 0)) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA] = (this.size[rootA] ?? 0) + (this.size[rootB] ?? 0);
    return true;
  }
}
