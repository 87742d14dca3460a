import { summarizePurchases, type PurchaseColumns } from "./summarize-purchases";

/** [customer, day, amount] rows as columns. */
function purchases(rows: [number, number, number][], customers: number): PurchaseColumns {
  return {
    customer: Int32Array.from(rows.map((r) => r[0])),
    day: Int32Array.from(rows.map((r) => r[1])),
    amount: Float64Array.from(rows.map((r) => r[2])),
    customers,
  };
}

describe("summarizePurchases", () => {
  // Customer 0: days 0, 14, 14 (same day: one purchase of 30), 28. Customer 1: one purchase on day 7.
  const rows: [number, number, number][] = [
    [0, 14, 10],
    [1, 7, 99],
    [0, 0, 5],
    [0, 28, 50],
    [0, 14, 20],
  ];

  it("counts purchase days after the first, in weeks, with the mean repeat spend", () => {
    const r = summarizePurchases(purchases(rows, 2), { asOf: 35, unit: "weeks" });
    expect(Array.from(r.summary.x)).toEqual([2, 0]);
    expect(Array.from(r.summary.tx)).toEqual([4, 0]);
    expect(Array.from(r.summary.T)).toEqual([5, 4]);
    // Repeat days: day 14 (10 + 20) and day 28 (50): mean 40; the first purchase is left out.
    expect(Array.from(r.summary.spend!)).toEqual([40, 0]);
    expect(Array.from(r.customerIndex)).toEqual([0, 1]);
    expect(r.purchasesLeftOut).toBe(0);
  });

  it("sorts a customer's many purchases given in any order (past the insertion sort's 64)", () => {
    // Days 100 down to 0, and each day twice: 101 purchase days, first on day 0, last on day 100.
    const many: [number, number, number][] = [];
    for (let d = 100; d >= 0; d--) many.push([0, d, 1], [0, d, 2]);
    const r = summarizePurchases(purchases(many, 1), { asOf: 100, unit: "days" });
    expect(Array.from(r.summary.x)).toEqual([100]);
    expect(Array.from(r.summary.tx)).toEqual([100]);
    expect(Array.from(r.summary.spend!)).toEqual([3]);
  });

  it("counts in days when asked", () => {
    const r = summarizePurchases(purchases(rows, 2), { asOf: 35, unit: "days" });
    expect(Array.from(r.summary.tx)).toEqual([28, 0]);
    expect(Array.from(r.summary.T)).toEqual([35, 28]);
  });

  it("leaves out purchases after the as-of date, and customers who had not bought by then", () => {
    const r = summarizePurchases(purchases(rows, 2), { asOf: 20, unit: "days" });
    expect(Array.from(r.summary.x)).toEqual([1, 0]);
    expect(Array.from(r.summary.spend!)).toEqual([30, 0]);
    expect(r.purchasesLeftOut).toBe(1);
    const early = summarizePurchases(purchases(rows, 2), { asOf: 5, unit: "days" });
    expect(Array.from(early.customerIndex)).toEqual([0]);
    expect(early.customersLeftOut).toBe(1);
    expect(early.purchasesLeftOut).toBe(4);
  });

  it("has no spend without amounts, and NaN spend when a repeat day's amount is unknown", () => {
    const none = summarizePurchases(
      { ...purchases(rows, 2), amount: null },
      { asOf: 35, unit: "weeks" }
    );
    expect(none.summary.spend).toBeNull();
    const gap = purchases(rows, 2);
    gap.amount![3] = NaN;
    const r = summarizePurchases(gap, { asOf: 35, unit: "weeks" });
    expect(r.summary.spend![0]).toBeNaN();
    expect(r.summary.spend![1]).toBe(0);
  });
});
