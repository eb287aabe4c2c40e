/** A small seeded PRNG (mulberry32) with the draws the generator needs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Fisher-Yates on a copy. */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}

/** One independent stream per (seed, index): brief n does not depend on how many briefs come before it. */
export function streamSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Draws items with fixed relative weights (binary search over cumulative weights). */
export class WeightedPicker<T> {
  private readonly cumulative: number[];

  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let total = 0;
    this.cumulative = weights.map((weight) => (total += weight));
  }

  /** Zipf-like long tail: the item at rank r (from 1) has weight 1 / r^exponent. */
  static zipf<T>(items: readonly T[], exponent: number): WeightedPicker<T> {
    return new WeightedPicker(
      items,
      items.map((_, rank) => 1 / (rank + 1) ** exponent),
    );
  }

  pick(random: Random): T {
    const target = random.next() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }

  /** `count` distinct items (count must not exceed the number of items). */
  pickDistinct(random: Random, count: number): T[] {
    const chosen = new Set<T>();
    while (chosen.size < count) chosen.add(this.pick(random));
    return [...chosen];
  }
}
