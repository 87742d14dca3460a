import type { Random } from "./random";

/**
 * Draws values until one is not in `seen` (then records it). After many misses the list is
 * exhausted for practical purposes, so a number is appended to keep values unique at any size.
 */
export function uniqueText(rng: Random, seen: Set<string>, make: (rng: Random) => string): string {
  for (let attempt = 0; attempt < 40; attempt++) {
    const value = make(rng);
    if (!seen.has(value)) {
      seen.add(value);
      return value;
    }
  }
  const base = make(rng);
  for (let n = 2; ; n++) {
    const value = `${base}${n}`;
    if (!seen.has(value)) {
      seen.add(value);
      return value;
    }
  }
}
