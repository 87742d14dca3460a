import { periodTransactions } from "./period-transactions";

const PARAMS = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("periodTransactions", () => {
  const summary = {
    x: Float64Array.from([0, 0, 1, 2, 7, 12]),
    T: Float64Array.from([30, 35, 38, 38, 39, 39]),
  };

  it("counts customers by repeat purchases, the last bin taking the rest", () => {
    const { actual } = periodTransactions(PARAMS, summary);
    expect(Array.from(actual)).toEqual([2, 1, 1, 0, 0, 0, 0, 2]);
  });

  it("expects as many customers in all as there are, each by their own T", () => {
    const { expected } = periodTransactions(PARAMS, summary);
    expect(expected.reduce((s, x) => s + x, 0)).toBeCloseTo(6, 10);
    // Nobody buys again with probability (α/(α+T))^r, summed over the six customers.
    const none = Array.from(summary.T).reduce((s, T) => s + (4.4135 / (4.4135 + T)) ** 0.2426, 0);
    expect(expected[0]).toBeCloseTo(none, 10);
  });

  it("takes the number of bins asked for", () => {
    const { actual, expected } = periodTransactions(PARAMS, summary, 3);
    expect(Array.from(actual)).toEqual([2, 1, 3]);
    expect(expected).toHaveLength(3);
  });
});
