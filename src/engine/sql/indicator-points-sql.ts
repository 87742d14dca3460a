import type { CompiledScorecard } from "../models/credit/compile-scorecard";
import { DATE_FIELDS } from "../models/credit/expression/expression-names";
import { expressionSql } from "./expression-sql";
import { pointsCurveSql } from "./points-curve-sql";
import type { SqlCte } from "./sql-cte";
import { sqlCommentText, sqlIdentifier, sqlNumber, sqlString } from "./sql-literal";
import { columnKey } from "./sql-names";

const DATES = new Set<string>(DATE_FIELDS);

/** How an expression name reads in SQL: a column of credit_inputs; days as doubles. */
function nameColumn(name: string, columns: ReadonlySet<string>): string | undefined {
  if (name === "as_of" || DATES.has(name)) return `CAST(${name} AS DOUBLE PRECISION)`;
  return columns.has(name) ? name : undefined;
}

/** Every indicator in table order with its 1-based position and column key. */
export function indicatorsInOrder(scorecard: CompiledScorecard) {
  let position = 0;
  return scorecard.dimensions.flatMap((dimension, d) =>
    dimension.indicators.map((indicator) => {
      position++;
      return { dimension: d, indicator, key: columnKey(indicator.setting.id, position) };
    })
  );
}

/**
 * Each indicator's value and 0-100 points (domain.md §5, §8): a curve indicator's expression
 * (compiled by expressionSql) scored on its points curve; a category indicator's text field matched
 * ignoring case and surrounding spaces, the first category listing the value winning; NULL = no data.
 * `readable` are the columns an expression may name (fields and derived names).
 */
export function indicatorPointsCtes(
  scorecard: CompiledScorecard,
  readable: ReadonlySet<string>,
  from: string
): SqlCte[] {
  const values: string[] = [];
  const points: string[] = [];
  for (const { indicator, key } of indicatorsInOrder(scorecard)) {
    const label = `-- ${sqlCommentText(indicator.setting.id)}: ${sqlCommentText(indicator.setting.name["en-US"])}`;
    if (indicator.tree === null) {
      const setting = indicator.setting;
      const text = `lower(trim(${sqlIdentifier(setting.field)}))`;
      const seen = new Set<string>();
      const whens: string[] = [];
      for (const category of setting.categories) {
        const labels = category.values
          .map((v) => v.trim().toLowerCase())
          .filter((v) => v !== "" && !seen.has(v));
        labels.forEach((v) => seen.add(v));
        if (labels.length === 0) continue;
        whens.push(
          `WHEN ${text} IN (${labels.map(sqlString).join(", ")}) THEN ${sqlNumber(category.points)}`
        );
      }
      points.push(`${label}\n    CASE ${whens.join("\n      ")}\n    END AS p_${key}`);
      continue;
    }
    values.push(
      `${label}\n    ${expressionSql(indicator.tree, (name) => nameColumn(name, readable))} AS v_${key}`
    );
    points.push(`${pointsCurveSql(indicator.setting.curve, `v_${key}`)} AS p_${key}`);
  }
  return [
    {
      name: "indicator_values",
      section: "domain.md §5 Scorecard indicators; §8 no data for a zero or missing denominator",
      why: "each curve indicator's value from its expression",
      body: `SELECT *${values.map((v) => `,\n    ${v}`).join("")}\n  FROM ${from}`,
    },
    {
      name: "indicator_points",
      section: "domain.md §5 Points curves and categories",
      why: "each indicator's 0-100 points; NULL = no data",
      body: `SELECT *${points.map((p) => `,\n    ${p}`).join("")}\n  FROM indicator_values`,
    },
  ];
}
