import type { SqlCte, SqlModelContext } from "./sql-cte";
import { sqlCodePointOrder } from "./sql-dialect";

/**
 * The one order every ranking shares (domain.md §4, §8): customers with a value, largest first,
 * ties by customer_id in code-point order. Also each value in whole cents (the engine's
 * Math.round(value x 100)), so ABC sums are exact integers.
 */
export function valueOrderCte(ctx: SqlModelContext, from: string): SqlCte {
  const id = sqlCodePointOrder(ctx.dialect, "customer_id");
  return {
    name: "value_order",
    section: "domain.md §4 ABC order; §8 ties by customer_id code points, integer cents",
    why: "rank by value (largest first, ties by id) and the value in whole cents",
    body: `SELECT *,
    CASE WHEN value IS NOT NULL
      THEN row_number() OVER (PARTITION BY value IS NULL ORDER BY value DESC, ${id}) END AS value_rank,
    CASE WHEN value IS NOT NULL
      THEN CAST(floor(value * 100 + float8 '0.5') AS BIGINT) END AS value_cents
  FROM ${from}`,
  };
}
