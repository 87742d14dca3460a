import type { SampleRecord } from "./make-enterprise-records";
import type { Random } from "./random";
import { cents } from "./sample-values";

/**
 * Puts a customer sheet's cost to serve, returns and discounts on the scale of the sales its
 * transactions add up to. Drawn from the customer's own purchase history they belonged to another
 * business size, and a cost to serve of millions against a few thousand in sales made every
 * customer loss-making (issue 16). A customer with no transaction gets zeros.
 */
export function costsFromTransactions(
  rng: Random,
  customers: SampleRecord[],
  transactions: readonly SampleRecord[]
): void {
  const sales = new Map<string, { amount: number; orders: number }>();
  for (const t of transactions) {
    const id = String(t.customer_id);
    const sum = sales.get(id) ?? { amount: 0, orders: 0 };
    sum.amount += t.amount as number;
    sum.orders += 1;
    sales.set(id, sum);
  }
  for (const customer of customers) {
    const sum = sales.get(String(customer.customer_id)) ?? { amount: 0, orders: 0 };
    const amount = Math.max(0, sum.amount);
    customer.service_cost = cents(
      amount * rng.uniform(0.005, 0.03) + sum.orders * rng.uniform(5, 40)
    );
    customer.returns_amount = rng.chance(0.4) ? cents(amount * rng.uniform(0, 0.04)) : 0;
    customer.discount_amount = rng.chance(0.5) ? cents(amount * rng.uniform(0, 0.05)) : 0;
  }
}
