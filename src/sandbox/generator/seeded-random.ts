/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on every platform,
 * which is what makes two sandboxes with the same seed and clock hold identical data.
 * Not for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  public next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;

    let mixed = this.state;

    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);

    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  public integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  public chance(probability: number): boolean {
    return this.next() < probability;
  }

  public pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight; `weights` lines up with `items`. */
  public pickWeighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let remaining = this.next() * total;

    for (let index = 0; index < items.length; index += 1) {
      remaining -= weights[index];

      if (remaining < 0) {
        return items[index];
      }
    }

    return items[items.length - 1];
  }

  /** A string of `length` decimal digits (leading zeros allowed). */
  public digits(length: number): string {
    let result = '';

    for (let index = 0; index < length; index += 1) {
      result += String(Math.floor(this.next() * 10));
    }

    return result;
  }
}

/**
 * A seed derived from a base seed and a key (FNV-1a), so data tied to one record (its review,
 * say) comes out the same whatever else was generated before it.
 */
export function seedFor(seed: number, key: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;

  for (let index = 0; index < key.length; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193) >>> 0;
  }

  return hash;
}
