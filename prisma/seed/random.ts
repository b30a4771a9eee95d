/**
 * Seeded pseudo-random numbers for the demo data: same seed → same data.
 *
 * sfc32 (128-bit state) rather than mulberry32 (32-bit state): the seeder opens one stream per
 * patient, and with 100 000 streams of a 2^32-long cycle, mulberry32 streams would overlap and
 * repeat each other's "random" people. Streams are keyed by (seed, stream name, index) so that a
 * patient's identity does not depend on how many numbers the previous patients consumed.
 */

/** 32-bit FNV-1a of a string: turns `--seed foo` and stream names into numbers. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32: spreads a few small integers over the 128-bit sfc32 state. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...keys: number[]) {
    let mixed = 0x2545f491;
    for (const key of keys) mixed = Math.imul(mixed ^ (key >>> 0), 0x9e3779b1) ^ (mixed >>> 15);
    const sm = splitmix32(mixed);
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm() | 1;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream for one named thing (a patient, a block of calls). */
  static stream(seed: number, name: string, index = 0): Rng {
    return new Rng(seed, hashString(name), index);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("Rng.pick on an empty list");
    return item;
  }

  /** Picks by relative weight: `weighted([["a", 3], ["b", 1]])` returns "a" 75 % of the time. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error("Rng.weighted on an empty list");
    return last[0];
  }

  /** Normal distribution (Box–Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal around a median, for durations (many short calls, a few long ones). */
  logNormal(median: number, spread: number): number {
    return median * Math.exp(this.normal(0, spread));
  }

  hex(length: number): string {
    let out = "";
    while (out.length < length) out += this.uint32().toString(16).padStart(8, "0");
    return out.slice(0, length);
  }
}

/**
 * Deterministic, unique UUIDs (version-4 layout): a per-run prefix from the seed plus a counter.
 * Unique by construction, unlike random draws from many short streams.
 */
export class IdSource {
  private counter = 0;
  private readonly prefix: string;

  constructor(seed: number) {
    const rng = Rng.stream(seed, "ids");
    const h = rng.hex(16);
    this.prefix = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(12, 15)}-${"89ab"[rng.int(0, 3)]}${rng.hex(3)}`;
  }

  next(): string {
    this.counter++;
    return `${this.prefix}-${this.counter.toString(16).padStart(12, "0")}`;
  }
}
