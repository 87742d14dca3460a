import { compareIds } from "../compare-ids";
import { orderByValue } from "./value-order";

describe("orderByValue", () => {
  it("sorts largest first and skips unranked customers", () => {
    expect(Array.from(orderByValue([5, null, 9, -1], ["a", "b", "c", "d"]))).toEqual([2, 0, 3]);
  });

  it("breaks ties by customer_id code points", () => {
    expect(Array.from(orderByValue([1, 1, 1], ["C2", "C10", "\u{1F600}"]))).toEqual([1, 0, 2]);
  });

  it("keeps input order for the same value and the same id, and ties 0 with -0", () => {
    expect(Array.from(orderByValue([2, 2, 2, 0, -0], ["b", "a", "b", "z", "y"]))).toEqual([
      1, 0, 2, 4, 3,
    ]);
  });

  it("returns nothing for no values", () => {
    expect(orderByValue([], []).length).toBe(0);
  });

  it("agrees with a comparator sort on random values, ids and nulls", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values = Array.from({ length: 20000 }, () =>
      random() < 0.05 ? null : Math.round((random() - 0.2) * 300) / 10
    );
    const ids = values.map(() => `C${Math.floor(random() * 5000)}`);
    const idx = values.flatMap((v, i) => (v === null ? [] : [i]));
    const v = values as number[];
    idx.sort((a, b) => v[b] - v[a] || compareIds(ids[a], ids[b]));
    expect(Array.from(orderByValue(values, ids))).toEqual(idx);
  });
});

describe("orderByValue among equal values", () => {
  it("orders ids by code points with and without surrogates in the run", () => {
    const ids = ["b", "a10", "a9", "\uff01", "A"];
    expect(Array.from(orderByValue([1, 1, 1, 1, 1], ids))).toEqual([4, 1, 2, 0, 3]);
    const withPair = [...ids, "\u{1F600}"];
    // The surrogate pair (U+1F600) sorts after U+FF01 by code point, before it by code unit.
    expect(Array.from(orderByValue([1, 1, 1, 1, 1, 1], withPair))).toEqual([4, 1, 2, 0, 3, 5]);
  });
});
