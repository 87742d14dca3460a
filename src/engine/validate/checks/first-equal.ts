/** What hashOf gives for an item that takes no part (an empty cell, say). */
export const NO_HASH = -1;

/** Hashes given to firstEqual keep 30 bits: small integers, never a boxed number. */
export const HASH_BITS = 0x3fffffff;

/**
 * For each of `count` items, the index of the first item equal to it: its own index when it is the
 * first of its kind, -1 when hashOf gives NO_HASH. Items are told apart by hashOf (a hash masked with
 * HASH_BITS) and compared with `same` only when their hashes match. The first item of each kind sits
 * in an open-addressing table held in one Int32Array: a million values cost a typed array, not a Map
 * with a million entries (and a key string each) for the garbage collector to walk.
 */
export function firstEqual(
  count: number,
  hashOf: (i: number) => number,
  same: (a: number, b: number) => boolean
): Int32Array {
  const first = new Int32Array(count).fill(-1);
  let bits = 4;
  while (1 << bits < 2 * count) bits++;
  const mask = (1 << bits) - 1;
  // Slot s holds its item at 2s and the item's hash at 2s + 1: one cache line per probe, not two.
  const slots = new Int32Array(2 * (mask + 1)).fill(-1);
  for (let i = 0; i < count; i++) {
    const h = hashOf(i);
    if (h === NO_HASH) continue;
    // The top bits of h times 2^32 / golden ratio pick the slot (Fibonacci hashing); then the next ones.
    let s = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
    for (;;) {
      const j = slots[2 * s];
      if (j === -1) {
        slots[2 * s] = i;
        slots[2 * s + 1] = h;
        first[i] = i;
        break;
      }
      if (slots[2 * s + 1] === h && same(j, i)) {
        first[i] = j;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return first;
}
