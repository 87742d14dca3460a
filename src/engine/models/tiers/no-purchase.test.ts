import { hasNoPurchase } from "./no-purchase";

describe("hasNoPurchase", () => {
  it("is true for 0 orders, even with a purchase date", () => {
    expect(hasNoPurchase({ orders: 0, last_purchase: null })).toBe(true);
    expect(hasNoPurchase({ orders: 0, last_purchase: 19_000 })).toBe(true);
  });

  it("is true when orders and last purchase are both empty", () => {
    expect(hasNoPurchase({ orders: null, last_purchase: null })).toBe(true);
  });

  it("is false for a buyer known by orders or by a last purchase", () => {
    expect(hasNoPurchase({ orders: 1, last_purchase: null })).toBe(false);
    expect(hasNoPurchase({ orders: null, last_purchase: 19_000 })).toBe(false);
  });
});
