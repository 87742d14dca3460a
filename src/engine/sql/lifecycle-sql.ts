import type { TierSettings } from "../models/tiers/tier-settings";
import type { SqlCte } from "./sql-cte";
import { sqlNumber } from "./sql-literal";

/**
 * Lifecycle status (客户状态, domain.md §4, §8), rules in order: Prospect, Churned (last purchase
 * more than churnDays ago), Loyal (enough orders and tenure), Repeat, First-time; NULL for a buyer
 * whose orders are unknown and who has not churned.
 */
export function lifecycleCte(settings: TierSettings["lifecycle"], from: string): SqlCte {
  return {
    name: "lifecycle",
    section: "domain.md §4 Lifecycle status; §8 rules in order",
    why: "Prospect, Churned, Loyal, Repeat, First-time",
    body: `SELECT *,
    CASE
      WHEN no_purchase THEN 'Prospect'
      WHEN last_purchase IS NOT NULL AND as_of - last_purchase > ${sqlNumber(settings.churnDays)} THEN 'Churned'
      WHEN orders IS NULL THEN NULL
      WHEN orders >= ${sqlNumber(settings.loyalOrders)} AND first_purchase IS NOT NULL
        AND as_of - first_purchase >= ${sqlNumber(settings.loyalTenureDays)} THEN 'Loyal'
      WHEN orders >= ${sqlNumber(settings.repeatOrders)} THEN 'Repeat'
      ELSE 'First-time'
    END AS lifecycle
  FROM ${from}`,
  };
}
