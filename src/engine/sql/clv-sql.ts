import type { TierSettings } from "../models/tiers/tier-settings";
import type { SqlCte } from "./sql-cte";
import { sqlNumber } from "./sql-literal";

/** sum over t = 1..years of r^(t-1) / (1 + d)^t, summed as clv.ts sums it, so the doubles agree. */
export function clvMultiplier({ years, retention, discount }: TierSettings["clv"]): number {
  let multiplier = 0;
  for (let t = 1; t <= years; t++) multiplier += retention ** (t - 1) / (1 + discount) ** t;
  return multiplier;
}

/**
 * Deterministic lifetime value (客户终生价值, domain.md §4, §8): yearly value m = value /
 * max(tenure years, 1), tenure = days since the first purchase / daysPerYear; CLV = m x the
 * multiplier, a constant of the settings. NULL for prospects, without a value or a first purchase.
 */
export function clvCte(settings: TierSettings["clv"], from: string): SqlCte {
  return {
    name: "clv",
    section: "domain.md §4 Lifetime value (deterministic); §8 tenure = days / 365",
    why: `value per tenure year x ${clvMultiplier(settings)} (${settings.years} years, retention ${settings.retention}, discount ${settings.discount})`,
    body: `SELECT *,
    CASE WHEN value IS NOT NULL AND NOT no_purchase AND first_purchase IS NOT NULL THEN
      value / GREATEST(CAST(as_of - first_purchase AS DOUBLE PRECISION) / ${sqlNumber(settings.daysPerYear)}, 1)
        * ${sqlNumber(clvMultiplier(settings))}
    END AS clv
  FROM ${from}`,
  };
}
