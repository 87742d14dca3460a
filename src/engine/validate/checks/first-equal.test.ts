import { firstEqual, NO_HASH } from "./first-equal";

describe("firstEqual", () => {
  it("points each item at the first item equal to it, and skips items without a hash", () => {
    const items = ["a", "b", "a", null, "c", "b", "a"];
    const first = firstEqual(
      items.length,
      (i) => (items[i] === null ? NO_HASH : (items[i] as string).charCodeAt(0)),
      (a, b) => items[a] === items[b]
    );
    expect([...first]).toEqual([0, 1, 0, -1, 4, 1, 0]);
  });

  it("tells apart items whose hashes collide", () => {
    const items = ["a", "b", "a", "c", "b", "c"];
    const first = firstEqual(
      items.length,
      () => 7,
      (a, b) => items[a] === items[b]
    );
    expect([...first]).toEqual([0, 1, 0, 3, 1, 3]);
  });

  it("agrees with a Map on many values", () => {
    const items = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 1733);
    const first = firstEqual(
      items.length,
      (i) => items[i] & 0xff,
      (a, b) => items[a] === items[b]
    );
    const seen = new Map<number, number>();
    items.forEach((v, i) => {
      if (!seen.has(v)) seen.set(v, i);
      expect(first[i]).toBe(seen.get(v));
    });
  });
});
