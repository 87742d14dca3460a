import type { SqlCte } from "./sql-cte";

/**
 * Who has never bought (domain.md §8): orders 0, or orders empty and no last purchase. Written so
 * that a NULL never leaks into the flag (NULL = 0 is NULL in SQL, not false).
 */
export function noPurchaseCte(from: string): SqlCte {
  return {
    name: "purchases",
    section: "domain.md §8 Tiers: no purchase",
    why: "prospects: orders 0, or orders empty and no last purchase",
    body: `SELECT *,
    ((orders IS NOT NULL AND orders = 0) OR (orders IS NULL AND last_purchase IS NULL)) AS no_purchase
  FROM ${from}`,
  };
}
