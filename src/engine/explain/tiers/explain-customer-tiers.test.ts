import type { Customer } from "../../models/customer";
import { emptyCustomer } from "../../models/empty-customer";
import { scoreTiers } from "../../models/tiers/score-tiers";
import { explainCustomerTiers } from "./explain-customer-tiers";

const AS_OF = 20_000;

function buyer(
  id: string,
  profit: number,
  orders: number,
  firstAgo: number,
  lastAgo: number
): Customer {
  return {
    ...emptyCustomer(id, 2),
    orders,
    first_purchase: AS_OF - firstAgo,
    last_purchase: AS_OF - lastAgo,
    sales_amount: profit * 10,
    gross_profit: profit,
    influence: 5,
  };
}

describe("explainCustomerTiers", () => {
  const customers = [
    ...Array.from({ length: 10 }, (_, i) =>
      buyer(`C${i}`, 1_000 - 100 * i, 5 - (i % 5), 800, 10 + 30 * i)
    ),
    { ...emptyCustomer("P1", 12), orders: 0 },
  ];
  const { customers: rows, summary } = scoreTiers(
    customers,
    ["orders", "first_purchase", "last_purchase", "sales_amount", "gross_profit", "influence"],
    AS_OF
  );

  it("explains every result of a top customer from the run's own numbers", () => {
    const e = explainCustomerTiers(rows[0], customers[0], summary);
    expect(e.abc["en-US"]).toBe(
      "Tier A: the top 6 customers make 81.8% of gross profit (A runs to the customer that crosses 80%); this one ranks 1st with ¥1.0K."
    );
    expect(e.pyramid["en-US"]).toMatch(/^VIP: ranks 1st of 10 buyers/);
    expect(e.keyCustomer["en-US"]).toMatch(/^Key customer \(both/);
    expect(e.rfm["en-US"]).toMatch(/^R 5 \(last purchase 10 days ago; breaks /);
    expect(e.lifecycle["en-US"]).toBe(
      "Loyal: 5 orders (at least 5) over 800 days as a customer (at least 365). Stage: stability (稳定期)."
    );
    expect(e.churnAlert["en-US"]).toBe(
      "No churn alert: average gap 197.5 days (790 days / 4 gaps); 10 days since the last purchase <= 2 x 197.5."
    );
    expect(e.clv["en-US"]).toMatch(/^CLV ¥/);
    expect(e.naturalBreaks["zh-CN"]).toMatch(/^自然断点第 \d 类/);
  });

  it("gives the share held above a B customer", () => {
    // Total 5,500; the first 6 hold 4,500 = 81.8%.
    expect(explainCustomerTiers(rows[6], customers[6], summary).abc["en-US"]).toBe(
      "Tier B: ranks 7th with ¥400; the customers above it hold 81.8% of gross profit, at least 80% but below 95%."
    );
  });

  it("explains a prospect", () => {
    const e = explainCustomerTiers(rows[10], customers[10], summary);
    expect(e.pyramid["en-US"]).toMatch(/^Prospect/);
    expect(e.rfm["en-US"]).toMatch(/^No RFM/);
    expect(e.churnAlert["en-US"]).toBe("No churn alert: prospects are not watched.");
    expect(e.clv["en-US"]).toBe("No CLV: prospects have none.");
  });
});
