/** What a hash array holds for an item that takes no part (an empty cell, say). */
export const NO_HASH = -1;

/** Hashes given to firstEqual keep 30 bits: small integers, never a boxed number. */
export const HASH_BITS = 0x3fffffff;

/** A bucket of about this many items gets a probe table that stays in the processor's cache. */
const BUCKET_ITEMS = 4096;

/** The power of two at least twice `items` (and at least 16): a table at most half full. */
function tableSize(items: number): number {
  let size = 16;
  while (size < 2 * items) size *= 2;
  return size;
}

/**
 * For each item, the index of the first item equal to it: its own index when it is the first of its
 * kind, -1 when its hash is NO_HASH. Items are told apart by `hashes` (each masked with HASH_BITS) and
 * compared with `same` only when their hashes match, so `same` runs for the rare repeats and
 * collisions only.
 *
 * The items are first split by the top bits of their hash into buckets of a few thousand, each kept in
 * item order; then each bucket gets an open-addressing table held in one small Int32Array. One table
 * for a million items (16 MB) cost a cache miss per item; a bucket's table stays in cache, and items of
 * one kind always share a bucket, so each kind's first item is the same as with one table.
 */
export function firstEqual(
  hashes: Int32Array,
  same: (a: number, b: number) => boolean
): Int32Array {
  const count = hashes.length;
  const first = new Int32Array(count).fill(-1);
  let bucketBits = 0;
  while (bucketBits < 16 && count >> bucketBits > BUCKET_ITEMS) bucketBits++;
  const shift = 30 - bucketBits;
  const buckets = 1 << bucketBits;
  // starts[b] .. starts[b + 1]: bucket b's items, in `order` with their hashes beside them in `inOrder`.
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < count; i++) {
    const h = hashes[i];
    if (h !== NO_HASH) starts[((h & HASH_BITS) >>> shift) + 1]++;
  }
  let largest = 0;
  for (let b = 0; b < buckets; b++) {
    if (starts[b + 1] > largest) largest = starts[b + 1];
    starts[b + 1] += starts[b];
  }
  const order = new Int32Array(starts[buckets]);
  const inOrder = new Int32Array(starts[buckets]);
  const next = starts.slice(0, buckets);
  for (let i = 0; i < count; i++) {
    const h = hashes[i];
    if (h === NO_HASH) continue;
    const at = next[(h & HASH_BITS) >>> shift]++;
    order[at] = i;
    inOrder[at] = h;
  }
  // Slot s holds its item at 2s and the item's hash at 2s + 1: one cache line per probe, not two.
  const slots = new Int32Array(2 * tableSize(largest));
  for (let b = 0; b < buckets; b++) {
    const items = starts[b + 1] - starts[b];
    if (items === 0) continue;
    // Each bucket clears and probes a table of its own size: one crowded bucket (many equal hashes)
    // must not make every other bucket clear a big table.
    const size = tableSize(items);
    const bits = 31 - Math.clz32(size);
    const mask = size - 1;
    slots.fill(-1, 0, 2 * size);
    for (let at = starts[b]; at < starts[b + 1]; at++) {
      const i = order[at];
      const h = inOrder[at];
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
  }
  return first;
}
