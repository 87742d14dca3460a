import { paretoAxisMax } from "./pareto-axis-max";

describe("paretoAxisMax", () => {
  it("is 100 % while the cumulative share stays within it", () => {
    expect(paretoAxisMax([0.5, 0.8, 1])).toBe(1);
    expect(paretoAxisMax([])).toBe(1);
  });

  it("rises to the next 10 % above a share that passes 100 % on the way", () => {
    expect(paretoAxisMax([0.6, 1.04, 1.13, 1])).toBe(1.2);
    expect(paretoAxisMax([0.7, 1.2000000000000002, 1])).toBe(1.2);
    expect(paretoAxisMax([2.51, 1])).toBe(2.6);
  });
});
