import { descendingOrder } from "./descending-order";

/** The plain way: a stable sort with a comparator. */
function reference(values: Float64Array, indices: Int32Array): number[] {
  return Array.from(indices).sort((a, b) => values[b] - values[a] || 0);
}

function check(values: number[], indices = values.map((_, i) => i)): void {
  const column = Float64Array.from(values);
  const idx = Int32Array.from(indices);
  expect(Array.from(descendingOrder(column, idx))).toEqual(reference(column, idx));
}

describe("descendingOrder", () => {
  it("orders largest first, equal values in the indices' order", () => {
    check([3, 1, 2, 3, -1, 0]);
    check([5, 5, 5], [2, 0, 1]);
    check([]);
  });

  it("treats 0 and -0 as equal and orders negatives, infinities and tiny values", () => {
    check([0, -0, 0, -0, 1e-310, -1e-310, -Infinity, Infinity, -1.5, -1.25, 1.7e308, -1.7e308]);
  });

  it("orders only the given indices", () => {
    check([9, 8, 7, 6, 5], [4, 0, 2]);
  });

  it("agrees with a comparator sort on random values with many ties", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const spread of [3, 1000, 1e9]) {
      const values = Array.from(
        { length: 5000 },
        () => Math.round((random() - 0.3) * spread) / 100
      );
      const indices = values.map((_, i) => i).filter(() => random() < 0.9);
      check(values, indices);
    }
  });
});
