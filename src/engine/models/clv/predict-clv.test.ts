import { bgnbdConditionalExpectedPurchases } from "./bgnbd-conditional-expected-purchases";
import { bgnbdPAlive } from "./bgnbd-p-alive";
import { gammaGammaExpectedSpend } from "./gamma-gamma-expected-spend";
import { predictClv } from "./predict-clv";
import { predictiveClv } from "./predictive-clv";

const bgnbd = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
const gg = { p: 6.2488, q: 3.7446, v: 15.4477 };
const horizon = { months: 12, monthlyDiscount: 0.01, periodsPerMonth: 4.345 };
const summary = {
  x: Float64Array.of(2, 0, 3),
  tx: Float64Array.of(30.43, 0, 10),
  T: Float64Array.of(38.86, 38.86, 38.86),
  spend: Float64Array.of(22.35, 0, -4),
};

describe("predictClv", () => {
  it("gives each customer's P(alive), purchases over the horizon, expected spend and CLV", () => {
    const r = predictClv(bgnbd, gg, summary, horizon);
    expect(r.pAlive[0]).toBe(bgnbdPAlive(bgnbd, 2, 30.43, 38.86));
    expect(r.expectedPurchases[0]).toBeCloseTo(
      bgnbdConditionalExpectedPurchases(bgnbd, 12 * 4.345, 2, 30.43, 38.86),
      12
    );
    expect(r.expectedSpend![0]).toBe(gammaGammaExpectedSpend(gg, 2, 22.35));
    const spend = gammaGammaExpectedSpend(gg, 2, 22.35);
    expect(r.clv![0]).toBe(predictiveClv(bgnbd, { x: 2, tx: 30.43, T: 38.86 }, spend, horizon).clv);
  });

  it("gives the population mean spend to customers without repeat purchases or a positive spend", () => {
    const r = predictClv(bgnbd, gg, summary, horizon);
    const population = (gg.v * gg.p) / (gg.q - 1);
    expect(r.expectedSpend![1]).toBeCloseTo(population, 12);
    expect(r.expectedSpend![2]).toBeCloseTo(population, 12);
  });

  it("has no spend or CLV without a spend model", () => {
    const r = predictClv(bgnbd, null, summary, horizon);
    expect(r.expectedSpend).toBeNull();
    expect(r.clv).toBeNull();
    expect(r.expectedPurchases[1]).toBeGreaterThan(0);
  });
});
