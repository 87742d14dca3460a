import { costsFromTransactions } from "./costs-from-transactions";
import { createRandom } from "./random";

describe("costsFromTransactions", () => {
  it("scales cost to serve, returns and discounts to the customer's transaction sales", () => {
    const customers = [
      { customer_id: "C1", service_cost: 5_000_000, returns_amount: 900_000, discount_amount: 1 },
      { customer_id: "C2", service_cost: 7, returns_amount: 7, discount_amount: 7 },
    ];
    const tx = [
      { customer_id: "C1", amount: 3000 },
      { customer_id: "C1", amount: 1000 },
    ];
    costsFromTransactions(createRandom(4), customers, tx);
    const c1 = customers[0];
    expect(c1.service_cost).toBeGreaterThan(0);
    expect(c1.service_cost).toBeLessThanOrEqual(4000 * 0.03 + 2 * 40);
    expect(c1.returns_amount + c1.discount_amount).toBeLessThan(4000 * 0.09);
    expect(customers[1]).toEqual({
      customer_id: "C2",
      service_cost: 0,
      returns_amount: 0,
      discount_amount: 0,
    });
  });
});
