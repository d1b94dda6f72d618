/** The typed-array constructors a {@link GrowableArray} can hold. */
type TypedArrayKind = Int32ArrayConstructor | Float32ArrayConstructor;
type TypedArrayOf<Kind extends TypedArrayKind> = InstanceType<Kind>;

/** 1024 slots to start: small inputs never reallocate, large ones double a handful of times. */
const INITIAL_CAPACITY = 1024;

/**
 * An append-only typed array that doubles its buffer when full: keeps large intermediate results (sparse
 * matrix entries) in compact typed memory instead of arrays of boxed numbers.
 */
export class GrowableArray<Kind extends TypedArrayKind> {
  private buffer: TypedArrayOf<Kind>;
  private size = 0;

  constructor(private readonly kind: Kind) {
    this.buffer = new kind(INITIAL_CAPACITY) as TypedArrayOf<Kind>;
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.buffer.length) {
      const bigger = new this.kind(this.buffer.length * 2) as TypedArrayOf<Kind>;
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.size++] = value;
  }

  /** A view of the filled part (shares memory until the next push reallocates). */
  view(): TypedArrayOf<Kind> {
    return this.buffer.subarray(0, this.size) as TypedArrayOf<Kind>;
  }
}
