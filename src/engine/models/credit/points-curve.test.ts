import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import type { CurveIndicatorSetting } from "./credit-settings";
import { pointsOnCurve } from "./points-curve";

const indicator = (id: string): CurveIndicatorSetting => {
  for (const d of DEFAULT_CREDIT_SETTINGS.scorecard5C.dimensions) {
    for (const i of d.indicators) if (i.id === id && i.kind === "curve") return i;
  }
  throw new Error(id);
};

describe("pointsOnCurve", () => {
  const overdue = indicator("overdue_days").curve;

  it("gives each listed point exactly at its value", () => {
    expect([0, 7, 30, 60, 90].map((v) => pointsOnCurve(overdue, v))).toEqual([100, 85, 60, 30, 0]);
  });

  it("interpolates linearly between points", () => {
    expect(pointsOnCurve(overdue, 45)).toBeCloseTo(45, 12);
    expect(pointsOnCurve(overdue, 3.5)).toBeCloseTo(92.5, 12);
  });

  it("stays flat beyond both ends", () => {
    expect(pointsOnCurve(overdue, -5)).toBe(100);
    expect(pointsOnCurve(overdue, 365)).toBe(0);
    const current = indicator("current_ratio").curve;
    expect(pointsOnCurve(current, 0.5)).toBe(10);
    expect(pointsOnCurve(current, 0.8)).toBe(10);
    expect(pointsOnCurve(current, 1.25)).toBeCloseTo(65, 12);
    expect(pointsOnCurve(current, 2)).toBe(100);
    expect(pointsOnCurve(current, 9)).toBe(100);
  });

  it("handles decreasing points and a single-point curve", () => {
    const debt = indicator("debt_ratio").curve;
    expect(pointsOnCurve(debt, 0.7)).toBeCloseTo(50, 12);
    expect(pointsOnCurve(debt, 0.1)).toBe(100);
    expect(pointsOnCurve(debt, 1.5)).toBe(0);
    expect(pointsOnCurve([{ value: 3, points: 70 }], -1)).toBe(70);
    expect(pointsOnCurve([{ value: 3, points: 70 }], 8)).toBe(70);
  });

  it("passes through every point of every default curve and stays flat beyond its ends", () => {
    for (const d of DEFAULT_CREDIT_SETTINGS.scorecard5C.dimensions) {
      for (const i of d.indicators) {
        if (i.kind !== "curve") continue;
        for (const p of i.curve) expect(pointsOnCurve(i.curve, p.value)).toBe(p.points);
        const first = i.curve[0];
        const last = i.curve[i.curve.length - 1];
        expect(pointsOnCurve(i.curve, first.value - 1000)).toBe(first.points);
        expect(pointsOnCurve(i.curve, last.value + 1000)).toBe(last.points);
      }
    }
  });
});
