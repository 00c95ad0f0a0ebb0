// Deterministic randomness for the generator: one seed → the same graph on every machine, so two
// benchmark runs (or two branches) load byte-identical rows. Math.random is never used.

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for synthetic data (not for cryptography). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives an independent stream per purpose, so adding a draw in one place never shifts the others. */
export function subSeed(seed: number, purpose: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < purpose.length; i++) h = Math.imul(h ^ purpose.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Standard normal (Box–Muller); for score noise. */
export function normal(r: Rng): number {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

export function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** Draws indices with given weights: cumulative sums + binary search, O(log n) per draw. */
export class Weighted {
  private readonly cum: Float64Array;
  constructor(weights: ArrayLike<number>) {
    this.cum = new Float64Array(weights.length);
    let s = 0;
    for (let i = 0; i < weights.length; i++) { s += weights[i]!; this.cum[i] = s; }
    if (!(s > 0)) throw new Error('Weighted: weights must sum to more than 0');
  }
  get size(): number { return this.cum.length; }
  draw(r: Rng): number {
    const x = r() * this.cum[this.cum.length - 1]!;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cum[mid]! > x) hi = mid; else lo = mid + 1;
    }
    return lo;
  }
}
