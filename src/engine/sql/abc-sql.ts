import type { TierSettings } from "../models/tiers/tier-settings";
import type { SqlCte } from "./sql-cte";
import { shareMillionths } from "./share-millionths";

/**
 * ABC / Pareto (domain.md §4, §8): A while the cumulative cents before the customer are below
 * aShare of the net total (so the one crossing 80% is A), B below bShare, else C. In integers:
 * before < ceil(share x total) is before x 1,000,000 < millionths x total. Value <= 0 (in cents)
 * is C and loss-making; a net total <= 0 makes everyone C.
 */
export function abcCtes(settings: TierSettings["abc"], from: string): SqlCte[] {
  const running = `OVER (PARTITION BY value IS NULL ORDER BY value_rank ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;
  return [
    {
      name: "abc_running",
      section: "domain.md §8 ABC sums in integer cents",
      why: "cents before each customer in value order, and the net total",
      body: `SELECT *,
    COALESCE(sum(value_cents) ${running}, 0) AS abc_cents_before,
    sum(value_cents) OVER (PARTITION BY value IS NULL) AS abc_total_cents
  FROM ${from}`,
    },
    {
      name: "abc",
      section: "domain.md §4 ABC / Pareto; §8 integer cents of the net total",
      why: "A up to the customer crossing aShare of the net total, B up to bShare, C the rest",
      body: `SELECT *,
    CASE
      WHEN value IS NULL THEN NULL
      WHEN value_cents <= 0 OR abc_total_cents <= 0 THEN 'C'
      WHEN abc_cents_before * 1000000 < ${shareMillionths(settings.aShare)} * abc_total_cents THEN 'A'
      WHEN abc_cents_before * 1000000 < ${shareMillionths(settings.bShare)} * abc_total_cents THEN 'B'
      ELSE 'C'
    END AS abc,
    CASE WHEN value IS NOT NULL THEN value_cents <= 0 END AS loss_making
  FROM abc_running`,
    },
  ];
}
