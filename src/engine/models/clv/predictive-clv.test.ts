import { bgnbdConditionalExpectedPurchases } from "./bgnbd-conditional-expected-purchases";
import { predictiveClv, PERIODS_PER_MONTH } from "./predictive-clv";

const params = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
const history = { x: 2, tx: 30.43, T: 38.86 };

describe("predictiveClv", () => {
  it("with no discount is expected purchases over the horizon x spend", () => {
    const horizon = { months: 12, monthlyDiscount: 0, periodsPerMonth: PERIODS_PER_MONTH.weeks };
    const r = predictiveClv(params, history, 20, horizon);
    const total = bgnbdConditionalExpectedPurchases(params, 12 * 4.345, 2, 30.43, 38.86);
    expect(r.expectedPurchases).toBeCloseTo(total, 12);
    expect(r.clv).toBeCloseTo(20 * total, 10);
  });

  it("discounts month i's purchases by (1 + d)^i", () => {
    const horizon = { months: 2, monthlyDiscount: 0.01, periodsPerMonth: PERIODS_PER_MONTH.weeks };
    const e1 = bgnbdConditionalExpectedPurchases(params, 4.345, 2, 30.43, 38.86);
    const e2 = bgnbdConditionalExpectedPurchases(params, 8.69, 2, 30.43, 38.86);
    const r = predictiveClv(params, history, 50, horizon);
    expect(r.clv).toBeCloseTo((50 * e1) / 1.01 + (50 * (e2 - e1)) / 1.01 ** 2, 12);
  });

  it("takes 30 periods a month for days", () => {
    const inDays = { x: 2, tx: 30.43 * 7, T: 38.86 * 7 };
    const daysParams = { ...params, alpha: params.alpha * 7 };
    const horizon = { months: 1, monthlyDiscount: 0, periodsPerMonth: PERIODS_PER_MONTH.days };
    expect(predictiveClv(daysParams, inDays, 1, horizon).expectedPurchases).toBeCloseTo(
      bgnbdConditionalExpectedPurchases(daysParams, 30, 2, 30.43 * 7, 38.86 * 7),
      12
    );
  });
});
