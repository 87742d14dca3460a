import type { TierSettings } from "../models/tiers/tier-settings";
import type { SqlCte } from "./sql-cte";
import { withinShareSql } from "./share-millionths";

/**
 * The customer pyramid (domain.md §4, §8): buyers with a value ranked in the shared order; VIP =
 * ranks up to ceil(1% N) and at least the first, Major up to ceil(5% N), Ordinary up to ceil(20% N),
 * Small the rest; whoever has not bought is Prospect, value or not.
 */
export function pyramidCtes(settings: TierSettings["pyramid"], from: string): SqlCte[] {
  const buyer = "value IS NOT NULL AND NOT no_purchase";
  return [
    {
      name: "buyer_ranks",
      section: "domain.md §8 the pyramid ranks buyers only",
      why: "rank among buyers with a value, and how many there are (N)",
      body: `SELECT *,
    CASE WHEN ${buyer}
      THEN row_number() OVER (PARTITION BY ${buyer} ORDER BY value_rank) END AS buyer_rank,
    sum(CASE WHEN ${buyer} THEN 1 ELSE 0 END) OVER () AS buyers
  FROM ${from}`,
    },
    {
      name: "pyramid",
      section: "domain.md §4 Customer pyramid; §8 buyers only, cumulative cut-offs rounded up",
      why: "VIP / Major / Ordinary / Small by buyer rank, Prospect for no purchase",
      body: `SELECT *,
    CASE
      WHEN no_purchase THEN 'Prospect'
      WHEN buyer_rank IS NULL THEN NULL
      WHEN buyer_rank = 1 OR ${withinShareSql("buyer_rank", settings.vipShare, "buyers")} THEN 'VIP'
      WHEN ${withinShareSql("buyer_rank", settings.majorShare, "buyers")} THEN 'Major'
      WHEN ${withinShareSql("buyer_rank", settings.ordinaryShare, "buyers")} THEN 'Ordinary'
      ELSE 'Small'
    END AS pyramid
  FROM buyer_ranks`,
    },
  ];
}
