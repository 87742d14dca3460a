import type { TierSettings } from "../models/tiers/tier-settings";
import type { SqlCte } from "./sql-cte";
import { sqlNumber } from "./sql-literal";

/**
 * Churn alert (流失预警, domain.md §4, §8): with one order, overdue after more than oneOrderDays;
 * with two or more, when recency x (orders - 1) > gapFactor x (last - first), in whole days.
 * Applies to churned customers too; NULL for prospects and where an input is missing.
 */
export function churnAlertCte(settings: TierSettings["churnAlert"], from: string): SqlCte {
  return {
    name: "churn_alert",
    section: "domain.md §4 Churn alert; §8 whole days, churned included, never prospects",
    why: "overdue against the customer's own average gap",
    body: `SELECT *,
    CASE
      WHEN no_purchase OR orders IS NULL OR last_purchase IS NULL THEN NULL
      WHEN orders = 1 THEN as_of - last_purchase > ${sqlNumber(settings.oneOrderDays)}
      WHEN orders < 2 OR first_purchase IS NULL THEN NULL
      ELSE (as_of - last_purchase) * (orders - 1) > ${sqlNumber(settings.gapFactor)} * (last_purchase - first_purchase)
    END AS churn_alert
  FROM ${from}`,
  };
}
