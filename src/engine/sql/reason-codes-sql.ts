import type { CompiledScorecard } from "../models/credit/compile-scorecard";
import { indicatorsInOrder } from "./indicator-points-sql";
import { dimensionsInOrder } from "./scorecard-score-sql";
import type { SqlCte } from "./sql-cte";
import { sqlNumber, sqlString } from "./sql-literal";

/** How many reason columns the settings ask for (reason-codes.ts reads the count the same way). */
export function reasonColumnCount(count: number): number {
  const wanted = Math.trunc(Math.max(0, count));
  return Number.isNaN(wanted) ? 0 : wanted;
}

/**
 * Reason codes (domain.md §5, §8): each indicator with data falls short by its effective weight
 * (dimension weight renormalised over the dimensions with data, divided by the dimension's
 * indicators with data) x (100 - points); the positive shortfalls are ranked, largest first, ties
 * in table order, by counting within the row (no sort, no join), and the top ones are named by id.
 */
export function reasonCodesCtes(
  scorecard: CompiledScorecard,
  reasonCount: number,
  from: string
): SqlCte[] {
  const dims = dimensionsInOrder(scorecard);
  const indicators = indicatorsInOrder(scorecard);
  const shortfalls = indicators.map(({ dimension, key }) => {
    const d = dims[dimension];
    const weight = sqlNumber(d.dimension.weight);
    return `CASE WHEN p_${key} IS NOT NULL
      THEN ((${weight} / credit_weight_with_data) / n_${d.key}) * (100 - p_${key}) END AS s_${key}`;
  });
  const ranks = indicators.map(({ key }, k) => {
    // Those before this one in table order win ties; those after it must be strictly larger.
    const ahead = indicators.flatMap(({ key: other }, j) =>
      j === k ? [] : [`(CASE WHEN s_${other} ${j < k ? ">=" : ">"} s_${key} THEN 1 ELSE 0 END)`]
    );
    return `CASE WHEN s_${key} > 0 THEN 1${ahead.map((a) => ` + ${a}`).join("")} END AS rank_${key}`;
  });
  const reasons = Array.from({ length: reasonColumnCount(reasonCount) }, (_, i) => {
    const whens = indicators.map(
      ({ indicator, key }) => `WHEN rank_${key} = ${i + 1} THEN ${sqlString(indicator.setting.id)}`
    );
    return `CASE ${whens.join(" ")} END AS reason_${i + 1}`;
  });
  const section = "domain.md §5 Reason codes; §8 effective weight x shortfall, ties in table order";
  return [
    {
      name: "shortfalls",
      section,
      why: "each indicator's weighted shortfall: effective weight x (100 - points)",
      body: `SELECT *,
    ${shortfalls.join(",\n    ")}
  FROM ${from}`,
    },
    {
      name: "shortfall_ranks",
      section,
      why: "each positive shortfall's place, largest first, ties in table order (counted within the row)",
      body: `SELECT *,
    ${ranks.join(",\n    ")}
  FROM shortfalls`,
    },
    {
      name: "reason_codes",
      section,
      why: "the top indicators by id",
      body: `SELECT *${reasons.map((r) => `,\n    ${r}`).join("")}
  FROM shortfall_ranks`,
    },
  ];
}
