import { lifecycleStatus } from "./lifecycle";
import { DEFAULT_TIER_SETTINGS } from "./tier-settings";

const AS_OF = 20_000;
const S = DEFAULT_TIER_SETTINGS.lifecycle;
const c = (orders: number | null, first: number | null, last: number | null) => ({
  orders,
  first_purchase: first === null ? null : AS_OF - first,
  last_purchase: last === null ? null : AS_OF - last,
});

describe("lifecycleStatus", () => {
  it("Prospect when there is no purchase", () => {
    expect(lifecycleStatus(c(0, null, null), AS_OF, S)).toBe("Prospect");
    expect(lifecycleStatus(c(null, null, null), AS_OF, S)).toBe("Prospect");
  });

  it("Churned after more than 365 days, before any other rule", () => {
    expect(lifecycleStatus(c(10, 900, 366), AS_OF, S)).toBe("Churned");
    expect(lifecycleStatus(c(10, 900, 365), AS_OF, S)).toBe("Loyal");
    expect(lifecycleStatus(c(null, null, 400), AS_OF, S)).toBe("Churned");
  });

  it("Loyal needs 5 orders and 365 days of tenure", () => {
    expect(lifecycleStatus(c(5, 365, 10), AS_OF, S)).toBe("Loyal");
    expect(lifecycleStatus(c(5, 364, 10), AS_OF, S)).toBe("Repeat");
    expect(lifecycleStatus(c(4, 900, 10), AS_OF, S)).toBe("Repeat");
    expect(lifecycleStatus(c(5, null, 10), AS_OF, S)).toBe("Repeat");
  });

  it("Repeat from 2 orders, First-time with 1", () => {
    expect(lifecycleStatus(c(2, 30, 10), AS_OF, S)).toBe("Repeat");
    expect(lifecycleStatus(c(1, 30, 30), AS_OF, S)).toBe("First-time");
  });

  it("a purchase after the as-of date is recent, not churned", () => {
    expect(lifecycleStatus(c(1, -3, -3), AS_OF, S)).toBe("First-time");
  });

  it("unknown when a buyer's orders are unknown and they have not churned", () => {
    expect(lifecycleStatus(c(null, 30, 10), AS_OF, S)).toBeNull();
  });
});
