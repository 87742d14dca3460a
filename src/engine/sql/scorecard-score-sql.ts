import type { CompiledScorecard } from "../models/credit/compile-scorecard";
import { indicatorsInOrder } from "./indicator-points-sql";
import type { SqlCte } from "./sql-cte";
import { sqlCommentText, sqlNumber } from "./sql-literal";
import { columnKey } from "./sql-names";

/** Each dimension with its column key and the point columns of its indicators. */
export function dimensionsInOrder(scorecard: CompiledScorecard) {
  const indicators = indicatorsInOrder(scorecard);
  return scorecard.dimensions.map((dimension, d) => ({
    dimension,
    key: columnKey(dimension.id, d + 1),
    indicatorKeys: indicators.filter((i) => i.dimension === d).map((i) => i.key),
  }));
}

/**
 * The scorecard (domain.md §5, §8): a dimension is the mean of its indicators with data; the score
 * is the weighted mean of the dimensions with data (weights renormalised); confidence is the share
 * of the total weight with data, each indicator with data adding its dimension's weight divided by
 * the dimension's number of indicators. Sums run in table order, as the engine adds them.
 */
export function scorecardScoreCtes(scorecard: CompiledScorecard, from: string): SqlCte[] {
  const dims = dimensionsInOrder(scorecard);
  const perDimension = dims.map(({ dimension, key, indicatorKeys }) => {
    const count = indicatorKeys.map((k) => `(CASE WHEN p_${k} IS NULL THEN 0 ELSE 1 END)`);
    const sum = indicatorKeys.map((k) => `COALESCE(p_${k}, 0)`);
    return `-- ${sqlCommentText(dimension.id)}: ${sqlCommentText(dimension.name["en-US"])}, weight ${dimension.weight}
    ${count.join(" + ")} AS n_${key},
    ${sum.join(" + ")} AS sum_${key}`;
  });
  const weightWithData = dims
    .map(
      ({ dimension, key }) =>
        `(CASE WHEN n_${key} > 0 THEN ${sqlNumber(dimension.weight)} ELSE 0 END)`
    )
    .join("\n      + ");
  const weightedSum = dims
    .map(
      ({ dimension, key }) =>
        `COALESCE(${sqlNumber(dimension.weight)} * (sum_${key} / NULLIF(n_${key}, 0)), 0)`
    )
    .join("\n      + ");
  const confidenceWeight = dims
    .map(
      ({ dimension, key, indicatorKeys }) =>
        `(${sqlNumber(dimension.weight)} * n_${key}) / ${indicatorKeys.length}`
    )
    .join("\n      + ");
  const totalWeight = scorecard.dimensions.reduce((sum, d) => sum + d.weight, 0);
  return [
    {
      name: "dimension_scores",
      section: "domain.md §5 Dimensions; §8 indicators weigh equally inside their dimension",
      why: "per dimension: indicators with data and the sum of their points",
      body: `SELECT *,\n    ${perDimension.join(",\n    ")}\n  FROM ${from}`,
    },
    {
      name: "credit_weights",
      section: "domain.md §5 weights renormalised over the dimensions with data",
      why: "weight with data, weighted sum of dimension means, and weight for confidence",
      body: `SELECT *,
    ${weightWithData} AS credit_weight_with_data,
    ${weightedSum} AS credit_weighted_sum,
    ${confidenceWeight} AS credit_confidence_weight
  FROM dimension_scores`,
    },
    {
      name: "credit_score",
      section: "domain.md §5 Score and confidence; §8 confidence counts indicators",
      why: "weighted mean over the dimensions with data, and the share of weight with data",
      body: `SELECT *,
    CASE WHEN credit_weight_with_data > 0 THEN credit_weighted_sum / credit_weight_with_data END AS credit_score,
    credit_confidence_weight / ${sqlNumber(totalWeight)} AS credit_confidence
  FROM credit_weights`,
    },
  ];
}
