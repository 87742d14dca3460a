import { ckmeans } from "simple-statistics";
import { ckmeansStarts } from "./ckmeans";

/** simple-statistics' clusters as start indices into the sorted values. */
function referenceStarts(sorted: number[], classes: number): number[] {
  const starts: number[] = [];
  let start = 0;
  for (const cluster of ckmeans(sorted, classes)) {
    starts.push(start);
    start += cluster.length;
  }
  return starts;
}

function check(values: number[], classes: number): void {
  const sorted = [...values].sort((a, b) => a - b);
  expect(Array.from(ckmeansStarts(Float64Array.from(sorted), classes))).toEqual(
    referenceStarts(sorted, classes)
  );
}

describe("ckmeansStarts", () => {
  it("finds the obvious groups", () => {
    expect(Array.from(ckmeansStarts(Float64Array.from([1, 1, 2, 50, 52, 100, 101]), 3))).toEqual([
      0, 3, 5,
    ]);
  });

  it("gives the same breaks as simple-statistics' ckmeans on random data with ties", () => {
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 60; trial++) {
      const n = 2 + Math.floor(random() * 3000);
      // Few distinct values (many ties), cents, and skewed money-like values.
      const kind = trial % 3;
      const values = Array.from({ length: n }, () =>
        kind === 0
          ? Math.floor(random() * 6)
          : kind === 1
            ? Math.round((random() - 0.1) * 1e6) / 100
            : Math.round(Math.exp(random() * 14) - 50)
      );
      const distinct = new Set(values).size;
      for (const classes of [2, 3, 4, 7]) if (classes <= distinct) check(values, classes);
    }
  });

  it("handles negatives, exactly two values and huge magnitudes", () => {
    check([-100, -90, 0, 5, 500], 2);
    check([3, 9], 2);
    check([1e15, 1e15 + 2, -1e15, 7, 7, 7, 8], 3);
  });
});
