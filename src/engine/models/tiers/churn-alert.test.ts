import { churnAlert } from "./churn-alert";
import { DEFAULT_TIER_SETTINGS } from "./tier-settings";

const AS_OF = 20_000;
const S = DEFAULT_TIER_SETTINGS.churnAlert;
/** first and last as days before the as-of date. */
const c = (orders: number | null, first: number | null, last: number | null) => ({
  orders,
  first_purchase: first === null ? null : AS_OF - first,
  last_purchase: last === null ? null : AS_OF - last,
});

describe("churnAlert", () => {
  it("2+ orders: on when recency exceeds 2 x the average gap, not at exactly 2 x", () => {
    // 5 orders over 80 days: average gap 20; 40 days is exactly 2 x 20, 41 is over.
    expect(churnAlert(c(5, 120, 40), AS_OF, S)).toBe(false);
    expect(churnAlert(c(5, 121, 41), AS_OF, S)).toBe(true);
  });

  it("compares in whole days without dividing (gap 10/3 days)", () => {
    // 4 orders over 10 days: gap 3.33; 2 x gap = 6.67: recency 6 is fine, 7 is overdue.
    expect(churnAlert(c(4, 16, 6), AS_OF, S)).toBe(false);
    expect(churnAlert(c(4, 17, 7), AS_OF, S)).toBe(true);
  });

  it("one order: on after more than 90 days", () => {
    expect(churnAlert(c(1, 90, 90), AS_OF, S)).toBe(false);
    expect(churnAlert(c(1, 91, 91), AS_OF, S)).toBe(true);
    expect(churnAlert(c(1, null, 91), AS_OF, S)).toBe(true);
  });

  it("applies to churned customers too", () => {
    expect(churnAlert(c(3, 1000, 800), AS_OF, S)).toBe(true);
  });

  it("all orders on one day: any day since is overdue", () => {
    expect(churnAlert(c(3, 0, 0), AS_OF, S)).toBe(false);
    expect(churnAlert(c(3, 1, 1), AS_OF, S)).toBe(true);
  });

  it("a purchase after the as-of date is never overdue", () => {
    expect(churnAlert(c(3, 30, -2), AS_OF, S)).toBe(false);
  });

  it("never for prospects; unknown when data is missing", () => {
    expect(churnAlert(c(0, null, null), AS_OF, S)).toBeNull();
    expect(churnAlert(c(null, null, null), AS_OF, S)).toBeNull();
    expect(churnAlert(c(3, null, 10), AS_OF, S)).toBeNull();
    expect(churnAlert(c(null, 30, 10), AS_OF, S)).toBeNull();
  });

  it("follows the settings", () => {
    expect(churnAlert(c(1, 10, 10), AS_OF, { ...S, gapFactor: 2, oneOrderDays: 5 })).toBe(true);
    expect(churnAlert(c(5, 120, 40), AS_OF, { ...S, gapFactor: 1.5, oneOrderDays: 90 })).toBe(true);
  });
});
