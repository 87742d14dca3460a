import type { Localized } from "../../../i18n/lang";
import type { CurvePoint, ScorecardSetting } from "./credit-settings";
import { ExpressionError } from "./expression/expression-error";
import { expressionFields } from "./expression/expression-fields";
import { EXPRESSION_NAMES, TEXT_FIELDS } from "./expression/expression-names";
import { parseExpression } from "./expression/parse-expression";
import type { ScorecardIssue } from "./scorecard-issue";

const both = (zh: string, en: string): Localized => ({ "zh-CN": zh, "en-US": en });

function curveIssues(curve: readonly CurvePoint[], path: string, id: string): ScorecardIssue[] {
  if (curve.length === 0) {
    return [
      {
        path,
        message: both(
          `指标“${id}”的评分曲线没有点`,
          `indicator '${id}' has no points on its curve`
        ),
      },
    ];
  }
  const issues: ScorecardIssue[] = [];
  curve.forEach((p, i) => {
    if (!Number.isFinite(p.value) || (i > 0 && !(p.value > curve[i - 1].value))) {
      issues.push({
        path: `${path}[${i}].value`,
        message: both(
          `指标“${id}”的评分曲线取值必须严格递增`,
          `indicator '${id}': curve values must be finite and strictly increasing`
        ),
      });
    }
    if (!Number.isFinite(p.points) || p.points < 0 || p.points > 100) {
      issues.push({
        path: `${path}[${i}].points`,
        message: both(
          `指标“${id}”的得分必须在 0 到 100 之间`,
          `indicator '${id}': points must be between 0 and 100`
        ),
      });
    }
  });
  return issues;
}

/**
 * Everything wrong with a scorecard definition, each with a message in both languages: no
 * dimensions, a weight that is not a positive number, a dimension without indicators, repeated
 * ids, an expression that does not parse (the message names the position) or reads an unknown
 * field (the message names it), a curve not strictly increasing or with points outside 0-100, a
 * category indicator on an unknown text field. An empty list means the scorecard can be used.
 */
export function validateScorecard(scorecard: ScorecardSetting): ScorecardIssue[] {
  const issues: ScorecardIssue[] = [];
  if (scorecard.dimensions.length === 0) {
    issues.push({
      path: "dimensions",
      message: both("评分卡没有维度", "the scorecard has no dimensions"),
    });
  }
  const dimensionIds = new Set<string>();
  const indicatorIds = new Set<string>();
  scorecard.dimensions.forEach((dimension, d) => {
    const dPath = `dimensions[${d}]`;
    if (dimensionIds.has(dimension.id)) {
      issues.push({
        path: `${dPath}.id`,
        message: both(`维度“${dimension.id}”重复`, `dimension '${dimension.id}' appears twice`),
      });
    }
    dimensionIds.add(dimension.id);
    if (!Number.isFinite(dimension.weight) || dimension.weight <= 0) {
      issues.push({
        path: `${dPath}.weight`,
        message: both(
          `维度“${dimension.id}”的权重必须是正数`,
          `dimension '${dimension.id}': the weight must be a positive number`
        ),
      });
    }
    if (dimension.indicators.length === 0) {
      issues.push({
        path: `${dPath}.indicators`,
        message: both(
          `维度“${dimension.id}”没有指标`,
          `dimension '${dimension.id}' has no indicators`
        ),
      });
    }
    dimension.indicators.forEach((indicator, i) => {
      const iPath = `${dPath}.indicators[${i}]`;
      const id = indicator.id;
      if (indicatorIds.has(id)) {
        issues.push({
          path: `${iPath}.id`,
          message: both(`指标“${id}”重复`, `indicator '${id}' appears twice`),
        });
      }
      indicatorIds.add(id);
      if (indicator.kind === "category") {
        if (!(TEXT_FIELDS as readonly string[]).includes(indicator.field)) {
          issues.push({
            path: `${iPath}.field`,
            message: both(
              `指标“${id}”：未知的文本字段“${indicator.field}”`,
              `indicator '${id}': unknown text field '${indicator.field}'`
            ),
          });
        }
        if (indicator.categories.length === 0) {
          issues.push({
            path: `${iPath}.categories`,
            message: both(`指标“${id}”没有类别`, `indicator '${id}' has no categories`),
          });
        }
        indicator.categories.forEach((c, k) => {
          if (!Number.isFinite(c.points) || c.points < 0 || c.points > 100) {
            issues.push({
              path: `${iPath}.categories[${k}].points`,
              message: both(
                `指标“${id}”的得分必须在 0 到 100 之间`,
                `indicator '${id}': points must be between 0 and 100`
              ),
            });
          }
        });
        return;
      }
      try {
        const tree = parseExpression(indicator.expression);
        for (const name of expressionFields(tree)) {
          if (EXPRESSION_NAMES.includes(name)) continue;
          const isText = (TEXT_FIELDS as readonly string[]).includes(name);
          issues.push({
            path: `${iPath}.expression`,
            message: isText
              ? both(
                  `指标“${id}”：“${name}”是文本字段，不能用于计算`,
                  `indicator '${id}': '${name}' is a text field and cannot be used in a formula`
                )
              : both(
                  `指标“${id}”：表达式中有未知字段“${name}”`,
                  `indicator '${id}': unknown field '${name}' in its expression`
                ),
          });
        }
      } catch (e) {
        if (!(e instanceof ExpressionError)) throw e;
        issues.push({
          path: `${iPath}.expression`,
          message: both(
            `指标“${id}”：${e.localized["zh-CN"]}`,
            `indicator '${id}': ${e.localized["en-US"]}`
          ),
        });
      }
      issues.push(...curveIssues(indicator.curve, `${iPath}.curve`, id));
    });
  });
  return issues;
}
