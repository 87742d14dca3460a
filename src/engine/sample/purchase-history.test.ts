import { lastPurchaseDay, purchaseHistory } from "./purchase-history";
import { createRandom } from "./random";

describe("purchaseHistory", () => {
  const asOf = 20_000;
  it("gives a prospect no purchase at all", () => {
    expect(purchaseHistory(createRandom(1), asOf, 10_000, 1000, true)).toMatchObject({
      first: null,
      last: null,
      orders: 0,
      sales: 0,
    });
  });
  it("keeps dates between earliest and asOf, last >= first, one order on one day", () => {
    const rng = createRandom(2);
    for (let i = 0; i < 500; i++) {
      const h = purchaseHistory(rng, asOf, asOf - 400, 1000, false);
      expect(h.orders).toBeGreaterThanOrEqual(1);
      expect(h.first!).toBeGreaterThanOrEqual(asOf - 400);
      expect(h.last!).toBeGreaterThanOrEqual(h.first!);
      expect(h.last!).toBeLessThanOrEqual(asOf);
      if (h.orders === 1) expect(h.last).toBe(h.first);
      expect(h.sales).toBeGreaterThan(0);
      expect(h.serviceCost).toBeGreaterThanOrEqual(0);
    }
  });
});

describe("lastPurchaseDay", () => {
  it("puts the last purchase `gapsLate` average gaps before asOf", () => {
    // 3 orders, tenure 300, 1 gap late: span 200 (gap 100), recency 100.
    expect(lastPurchaseDay(1000, 1300, 3, 1)).toBe(1200);
    expect(lastPurchaseDay(1000, 1300, 3, 0)).toBe(1300);
    expect(lastPurchaseDay(1000, 1300, 1, 3)).toBe(1000);
  });
});
