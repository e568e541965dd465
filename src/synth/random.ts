/**
 * A small seeded pseudo-random generator for the synthetic corpus.
 *
 * Only 32-bit integer arithmetic (Math.imul, >>>) is used, so the same seed gives the same
 * sequence on every machine and Node version; Math.random and floating-point accumulation would
 * not. The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counter), seeded through
 * splitmix32 so that neighbouring seeds (report 41, report 42) give unrelated streams.
 */

/** splitmix32 step: a well-mixed 32-bit value from a 32-bit state. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a hash of a label, so streams can be derived from names ("region", "names") as well as numbers. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic PRNG with the few helpers the generator needs. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Seed from any number of integers (e.g. corpus seed, report index); each is mixed in. */
  constructor(...seeds: number[]) {
    let s = 0x6a09e667;
    for (const x of seeds) s = splitmix32(s ^ splitmix32(x | 0));
    this.a = splitmix32(s);
    this.b = splitmix32(this.a ^ 0x3c6ef372);
    this.c = splitmix32(this.b ^ 0xa54ff53a);
    this.d = 1;
    // sfc32 needs a few rounds before its output is well mixed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A child stream named by `label`: adding draws to one part of a report does not shift the others. */
  fork(label: string | number): Rng {
    return new Rng(this.nextUint32(), typeof label === 'number' ? label : hashLabel(label));
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). Derived from one 32-bit draw, so it is exact and platform independent. */
  float(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): empty range`);
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** One element, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.float() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const t = out[i]!;
      out[i] = out[j]!;
      out[j] = t;
    }
    return out;
  }

  /** `k` distinct elements in random order (all of them when k ≥ length). */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, k));
  }

  /**
   * An integer around `median` with a long right tail: up to `spread` times larger or smaller,
   * values near the median most likely — the shape budgets and counts have in real documents.
   * Only + − × ÷ are used (no Math.pow / Math.exp), because those are exactly specified by
   * IEEE 754 and so give the same result everywhere.
   */
  skewed(median: number, spread: number): number {
    const u = this.float() * 2 - 1;
    const stretch = 1 + (spread - 1) * u * u;
    return Math.max(1, Math.round(u >= 0 ? median * stretch : median / stretch));
  }
}
