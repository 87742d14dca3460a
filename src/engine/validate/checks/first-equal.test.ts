import { firstEqual, HASH_BITS, NO_HASH } from "./first-equal";

/** first[i] as a Map of first occurrences gives it. */
function firstByMap(items: readonly unknown[], skip: (i: number) => boolean): number[] {
  const seen = new Map<unknown, number>();
  return items.map((v, i) => {
    if (skip(i)) return -1;
    if (!seen.has(v)) seen.set(v, i);
    return seen.get(v) as number;
  });
}

describe("firstEqual", () => {
  it("points each item at the first item equal to it, and skips items without a hash", () => {
    const items = ["a", "b", "a", null, "c", "b", "a"];
    const hashes = Int32Array.from(items, (v) => (v === null ? NO_HASH : v.charCodeAt(0)));
    const first = firstEqual(hashes, (a, b) => items[a] === items[b]);
    expect([...first]).toEqual([0, 1, 0, -1, 4, 1, 0]);
  });

  it("tells apart items whose hashes collide", () => {
    const items = ["a", "b", "a", "c", "b", "c"];
    const first = firstEqual(new Int32Array(items.length).fill(7), (a, b) => items[a] === items[b]);
    expect([...first]).toEqual([0, 1, 0, 3, 1, 3]);
  });

  it("agrees with a Map on many values", () => {
    const items = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 1733);
    const first = firstEqual(
      Int32Array.from(items, (v) => v & 0xff),
      (a, b) => items[a] === items[b]
    );
    expect([...first]).toEqual(firstByMap(items, () => false));
  });

  it("agrees with a Map when the items fill many buckets, one of them crowded", () => {
    // 40,000 items split into buckets by the hash's top bits; every third item shares one hash.
    const items = Array.from({ length: 40_000 }, (_, i) =>
      i % 3 === 0 ? -(i % 97) : (i * 7919) % 25_013
    );
    const hashes = Int32Array.from(items, (v, i) =>
      i % 11 === 5 ? NO_HASH : v < 0 ? 12345 : Math.imul(v + 1, 0x9e3779b1) & HASH_BITS
    );
    const first = firstEqual(hashes, (a, b) => items[a] === items[b]);
    expect([...first]).toEqual(firstByMap(items, (i) => hashes[i] === NO_HASH));
  });
});
