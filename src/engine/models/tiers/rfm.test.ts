import { rfmInput } from "./rfm";

const AS_OF = 20_000;

describe("rfmInput", () => {
  it("gives recency in calendar days, frequency and monetary", () => {
    expect(rfmInput({ orders: 3, last_purchase: AS_OF - 35, sales_amount: 900 }, AS_OF)).toEqual({
      recency: 35,
      frequency: 3,
      monetary: 900,
    });
  });

  it("gives a negative recency for a purchase after the as-of date", () => {
    expect(rfmInput({ orders: 1, last_purchase: AS_OF + 2, sales_amount: 5 }, AS_OF)?.recency).toBe(
      -2
    );
  });

  it("leaves out prospects and buyers with a missing recency, orders or sales", () => {
    expect(rfmInput({ orders: 0, last_purchase: AS_OF, sales_amount: 0 }, AS_OF)).toBeNull();
    expect(rfmInput({ orders: 2, last_purchase: null, sales_amount: 5 }, AS_OF)).toBeNull();
    expect(rfmInput({ orders: null, last_purchase: AS_OF, sales_amount: 5 }, AS_OF)).toBeNull();
    expect(rfmInput({ orders: 2, last_purchase: AS_OF, sales_amount: null }, AS_OF)).toBeNull();
  });
});
