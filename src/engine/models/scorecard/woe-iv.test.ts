import { weighBins } from "./woe-iv";
import type { Bin } from "./types";

const bin = (goods: number, bads: number): Bin => ({
  lower: NaN,
  upper: NaN,
  levels: [],
  missing: false,
  goods,
  bads,
});

describe("weighBins", () => {
  it("gives WOE = ln(share bad / share good) and IV = sum((bad - good) share x WOE)", () => {
    // Goods 60 / 40 of 100, bads 10 / 30 of 40: shares bad .25 / .75, good .6 / .4.
    // WOE ln(.25/.6) = -0.875469, ln(.75/.4) = 0.628609;
    // IV = (.25-.6)(-0.875469) + (.75-.4)(0.628609) = 0.306414 + 0.220013 = 0.526427.
    const { bins, iv } = weighBins([bin(60, 10), bin(40, 30)]);
    expect(bins[0].woe).toBeCloseTo(Math.log(0.25 / 0.6), 12);
    expect(bins[1].woe).toBeCloseTo(Math.log(0.75 / 0.4), 12);
    expect(bins[0].woe).toBeCloseTo(-0.875469, 6);
    expect(iv).toBeCloseTo(0.526427, 6);
    expect(bins[0].iv + bins[1].iv).toBeCloseTo(iv, 12);
  });

  it("replaces a zero count by 0.9 before taking its share", () => {
    // Bads 0 and 20: the first share is 0.9 / 20, not 0 (whose log would be -Infinity).
    const { bins } = weighBins([bin(50, 0), bin(50, 20)]);
    expect(bins[0].woe).toBeCloseTo(Math.log(0.9 / 20 / 0.5), 12);
    expect(Number.isFinite(bins[0].woe)).toBe(true);
  });
});
