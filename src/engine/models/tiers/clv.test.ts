import { customerLifetimeValue } from "./clv";
import { DEFAULT_TIER_SETTINGS } from "./tier-settings";

const AS_OF = 20_000;
const S = DEFAULT_TIER_SETTINGS.clv;
const buyer = (firstDaysAgo: number | null) => ({
  orders: 3,
  first_purchase: firstDaysAgo === null ? null : AS_OF - firstDaysAgo,
  last_purchase: AS_OF - 1,
});
// sum_{t=1..5} 0.8^(t-1) / 1.1^t, by hand:
// 1/1.1 + .8/1.21 + .64/1.331 + .512/1.4641 + .4096/1.61051
// = .909091 + .661157 + .480841 + .349703 + .254329 = 2.655121
const MULTIPLIER = 2.655121;

describe("customerLifetimeValue", () => {
  it("divides the value by tenure years (2 years -> half) and applies the multiplier", () => {
    const r = customerLifetimeValue(10_000, buyer(730), AS_OF, S);
    expect(r?.tenureYears).toBe(2);
    expect(r?.yearlyValue).toBe(5_000);
    expect(r?.multiplier).toBeCloseTo(MULTIPLIER, 5);
    expect(r?.clv).toBeCloseTo(5_000 * MULTIPLIER, 1);
  });

  it("uses at least one year of tenure", () => {
    expect(customerLifetimeValue(1_000, buyer(100), AS_OF, S)?.yearlyValue).toBe(1_000);
    expect(customerLifetimeValue(1_000, buyer(365), AS_OF, S)?.yearlyValue).toBe(1_000);
    expect(customerLifetimeValue(1_000, buyer(-5), AS_OF, S)?.yearlyValue).toBe(1_000);
    expect(customerLifetimeValue(1_095, buyer(1_095), AS_OF, S)?.yearlyValue).toBe(365);
  });

  it("a negative value gives a negative CLV", () => {
    expect(customerLifetimeValue(-100, buyer(10), AS_OF, S)?.clv).toBeCloseTo(-100 * MULTIPLIER, 3);
  });

  it("none for prospects, without a value or without a first purchase", () => {
    expect(
      customerLifetimeValue(100, { orders: 0, first_purchase: null, last_purchase: null }, AS_OF, S)
    ).toBeNull();
    expect(customerLifetimeValue(null, buyer(10), AS_OF, S)).toBeNull();
    expect(customerLifetimeValue(100, buyer(null), AS_OF, S)).toBeNull();
  });

  it("follows the settings", () => {
    const r = customerLifetimeValue(100, buyer(10), AS_OF, {
      years: 1,
      retention: 0.5,
      discount: 0,
      daysPerYear: 365,
    });
    expect(r?.clv).toBe(100);
  });
});
