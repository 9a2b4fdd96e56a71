import { createRandom } from '@api-bench/random';

export type Random = () => number;

/**
 * A PRNG stream of its own per purpose (ids of a table, text of a phase...),
 * so changing how one phase draws numbers never shifts another phase's rows.
 */
export function stream(seed: number, label: string): Random {
  let hash = 2166136261;
  for (let index = 0; index < label.length; index += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(index), 16777619);
  }

  return createRandom((seed ^ hash) >>> 0);
}

/** Deterministic version-4-shaped uuids drawn from a seeded stream. */
export class IdStream {
  private readonly random: Random;

  constructor(seed: number, label: string) {
    this.random = stream(seed, `ids:${label}`);
  }

  next(): string {
    const word = () => Math.floor(this.random() * 4294967296);
    const hex = (value: number) => value.toString(16).padStart(8, '0');
    const [a, b, c, d] = [word(), word(), word(), word()];
    // Version nibble 4 and variant bits 10, as class-validator's IsUUID expects.
    const second = ((b & 0xffff0fff) | 0x00004000) >>> 0;
    const third = ((c & 0x3fffffff) | 0x80000000) >>> 0;
    const h = `${hex(a)}${hex(second)}${hex(third)}${hex(d)}`;

    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

export function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pickOne<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pickOne of an empty list');
  }

  return item;
}

/** Picks by weight: `[[value, weight], ...]`. */
export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let target = random() * total;
  for (const [value, weight] of choices) {
    target -= weight;
    if (target < 0) {
      return value;
    }
  }

  return (choices.at(-1) as readonly [T, number])[0];
}

/** `count` distinct items, in a random order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  const size = Math.min(count, copy.length);
  for (let index = 0; index < size; index += 1) {
    const other = index + Math.floor(random() * (copy.length - index));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }

  return copy.slice(0, size);
}

/** A normal variate (Box–Muller). */
export function gaussian(random: Random): number {
  const u = Math.max(random(), 1e-12);

  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
