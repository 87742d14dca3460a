import type { TierSettings } from "../models/tiers/tier-settings";
import type { SqlCte } from "./sql-cte";
import { sqlNumber } from "./sql-literal";
import { withinShareSql } from "./share-millionths";

/**
 * Key customers (关键客户, domain.md §4, §8): high-value = buyer rank within ceil(20% N),
 * influential = influence at or above the minimum; the kind is both / high-value / influential.
 */
export function keyCustomerCtes(settings: TierSettings["keyCustomers"], from: string): SqlCte[] {
  return [
    {
      name: "key_flags",
      section: "domain.md §4 Key customers",
      why: "high-value (top share of buyers by value) and influential (influence at or above the minimum)",
      body: `SELECT *,
    (buyer_rank IS NOT NULL AND ${withinShareSql("buyer_rank", settings.highValueShare, "buyers")}) AS high_value,
    (influence IS NOT NULL AND influence >= ${sqlNumber(settings.influenceMin)}) AS influential
  FROM ${from}`,
    },
    {
      name: "key_customers",
      section: "domain.md §4 Key customers; §8 high-value = VIP + Major + Ordinary at the defaults",
      why: "high-value by buyer rank, influential by influence, and which kind",
      body: `SELECT *,
    CASE
      WHEN high_value AND influential THEN 'both'
      WHEN high_value THEN 'high-value'
      WHEN influential THEN 'influential'
    END AS key_customer
  FROM key_flags`,
    },
  ];
}
