import type { Day } from "../../day";
import type { Customer } from "../customer";
import { compileScorecard } from "./compile-scorecard";
import type { CompiledScorecard } from "./compile-scorecard";
import { creditGrade } from "./credit-grade";
import type { CreditResult, DimensionResult, IndicatorResult } from "./credit-result";
import type { CreditSettings } from "./credit-settings";
import { expressionInputs } from "./expression/expression-inputs";
import { TEXT_FIELDS } from "./expression/expression-names";
import { reasonCodes } from "./reason-codes";
import { scoreIndicator } from "./score-indicator";

/**
 * Confidence is a sum of float shares: 50% built from thirds can come out as 0.49999999999999994,
 * and §8 says 50% is enough. The tolerance is far below any share a scorecard can make.
 */
const CONFIDENCE_TOLERANCE = 1e-9;

/** Parsing is per settings object, not per customer: a sheet of 100,000 rows parses once. */
const compiled = new WeakMap<CreditSettings, CompiledScorecard>();

function scorecardOf(settings: CreditSettings): CompiledScorecard {
  let scorecard = compiled.get(settings);
  if (!scorecard) {
    scorecard = compileScorecard(settings);
    compiled.set(settings, scorecard);
  }
  return scorecard;
}

/**
 * Scores one customer's credit on the settings' scorecard (domain.md §5, §8). Indicators weigh
 * equally in their dimension; a dimension is the mean of its indicators with data; the score is
 * the weighted mean of the dimensions with data. Confidence = the share of total weight whose
 * indicators had data (each adds its dimension's weight / its number of indicators). Below
 * minConfidence the grade is "insufficient" and light, limit and terms are null; score and
 * reasons are still given. Throws ScorecardError when the settings' scorecard is invalid.
 */
export function scoreCredit(customer: Customer, asOf: Day, settings: CreditSettings): CreditResult {
  const scorecard = scorecardOf(settings);
  const inputs = expressionInputs(customer, asOf, settings);
  const texts: Record<string, string | null> = {};
  for (const field of TEXT_FIELDS) texts[field] = customer[field];

  const scored = scorecard.dimensions.map((dimension) => ({
    dimension,
    indicators: dimension.indicators.map((indicator) => scoreIndicator(indicator, inputs, texts)),
  }));

  const totalWeight = scorecard.dimensions.reduce((sum, d) => sum + d.weight, 0);
  let weightWithData = 0;
  let confidenceWeight = 0;
  const means = scored.map(({ dimension, indicators }) => {
    const withData = indicators.filter((i) => i.points !== null);
    confidenceWeight += (dimension.weight * withData.length) / indicators.length;
    if (withData.length === 0) return null;
    weightWithData += dimension.weight;
    return withData.reduce((sum, i) => sum + (i.points ?? 0), 0) / withData.length;
  });

  const dimensions: DimensionResult[] = [];
  const indicators: IndicatorResult[] = [];
  let weightedSum = 0;
  scored.forEach(({ dimension, indicators: results }, d) => {
    const mean = means[d];
    const share = mean === null ? 0 : dimension.weight / weightWithData;
    const withData = results.filter((i) => i.points !== null).length;
    if (mean !== null) weightedSum += dimension.weight * mean;
    dimensions.push({
      id: dimension.id,
      name: dimension.name,
      score: mean,
      weight: dimension.weight,
      effectiveWeight: share,
      indicatorsWithData: withData,
      indicatorCount: results.length,
    });
    results.forEach((result, i) => {
      const setting = dimension.indicators[i].setting;
      const effectiveWeight = result.points === null ? 0 : share / withData;
      indicators.push({
        id: setting.id,
        dimension: dimension.id,
        name: setting.name,
        unit: setting.unit,
        value: result.value,
        ...(result.categoryName ? { categoryName: result.categoryName } : {}),
        points: result.points,
        effectiveWeight,
        shortfall: result.points === null ? null : effectiveWeight * (100 - result.points),
      });
    });
  });

  const score = weightWithData > 0 ? weightedSum / weightWithData : null;
  const confidence = totalWeight > 0 ? confidenceWeight / totalWeight : 0;
  const sufficient = score !== null && confidence >= settings.minConfidence - CONFIDENCE_TOLERANCE;
  const averageMonthlySales = inputs.avg_monthly_sales ?? null;
  const grade = sufficient ? creditGrade(score, settings.gradeMinimums) : "insufficient";
  const policy = grade === "insufficient" ? null : settings.policy[grade];

  return {
    customerId: customer.customer_id,
    scorecard: scorecard.id,
    score,
    grade,
    confidence,
    light: grade === "insufficient" ? null : settings.lights[grade],
    limit:
      policy && averageMonthlySales !== null ? averageMonthlySales * policy.limitMultiplier : null,
    terms: policy ? policy.terms : null,
    averageMonthlySales,
    dimensions,
    indicators,
    reasons: reasonCodes(indicators, settings.reasonCount),
  };
}
