import { quantileSorted as reference } from "simple-statistics";
import { quantileSorted } from "./quantile-sorted";

describe("quantileSorted", () => {
  it("gives simple-statistics' quantileSorted, for arrays and typed arrays", () => {
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ps = [0, 0.2, 0.25, 0.4, 0.5, 0.6, 0.8, 0.999, 1, 1 / 3];
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + Math.floor(random() * 200);
      const sorted = Array.from({ length: n }, () => Math.round(random() * 1e5) / 100).sort(
        (a, b) => a - b
      );
      for (const p of ps) {
        expect(quantileSorted(sorted, p)).toBe(reference(sorted, p));
        expect(quantileSorted(Float64Array.from(sorted), p)).toBe(reference(sorted, p));
      }
    }
  });
});

describe("quantileSorted errors", () => {
  it("throws where simple-statistics throws", () => {
    expect(() => quantileSorted([], 0.5)).toThrow();
    expect(() => quantileSorted([1], 1.5)).toThrow();
    expect(() => quantileSorted([1], -0.1)).toThrow();
  });
});
