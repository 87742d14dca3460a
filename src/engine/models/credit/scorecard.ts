import type { Day } from "../../day";
import type { Customer } from "../customer";
import { averageMonthlySales as averageMonthlySalesOf } from "./average-monthly-sales";
import { creditGrade } from "./credit-grade";
import type { CreditResult, DimensionResult, IndicatorResult } from "./credit-result";
import type { CreditSettings } from "./credit-settings";
import { fillExpressionInputs } from "./expression/fill-expression-inputs";
import { TEXT_FIELDS } from "./expression/expression-names";
import { reasonCodes } from "./reason-codes";
import { scoreIndicator } from "./score-indicator";
import { scoringPlan, type ScoringPlan } from "./scoring-plan";

/**
 * Confidence is a sum of float shares: 50% built from thirds can come out as 0.49999999999999994,
 * and §8 says 50% is enough. The tolerance is far below any share a scorecard can make.
 */
const CONFIDENCE_TOLERANCE = 1e-9;

/** Parsing is per settings object, not per customer: a sheet of 100,000 rows parses once. */
const plans = new WeakMap<CreditSettings, ScoringPlan>();

function planOf(settings: CreditSettings): ScoringPlan {
  let plan = plans.get(settings);
  if (!plan) {
    plan = scoringPlan(settings);
    plans.set(settings, plan);
  }
  return plan;
}

/**
 * Scores one customer's credit on the settings' scorecard (domain.md §5, §8). Indicators weigh
 * equally in their dimension; a dimension is the mean of its indicators with data; the score is
 * the weighted mean of the dimensions with data. Confidence = the share of total weight whose
 * indicators had data (each adds its dimension's weight / its number of indicators). Below
 * minConfidence the grade is "insufficient" and light, limit and terms are null; score and
 * reasons are still given. Throws ScorecardError when the settings' scorecard is invalid.
 * Indicators and dimensions without data share one frozen result across customers.
 */
export function scoreCredit(customer: Customer, asOf: Day, settings: CreditSettings): CreditResult {
  const plan = planOf(settings);
  const { scorecard, scores } = plan;
  const inputs = fillExpressionInputs(plan.inputs, customer, asOf, settings, plan.names);
  const texts = plan.texts;
  for (const field of TEXT_FIELDS) texts[field] = customer[field];

  const dims = scorecard.dimensions;
  // Pass 1: every indicator's points, and per dimension its mean over the indicators with data.
  const means: (number | null)[] = new Array<number | null>(dims.length);
  const withData: number[] = new Array<number>(dims.length);
  let weightWithData = 0;
  let confidenceWeight = 0;
  for (let d = 0; d < dims.length; d++) {
    const dimension = dims[d];
    const row = scores[d];
    let count = 0;
    let sum = 0;
    for (let i = 0; i < row.length; i++) {
      const score = scoreIndicator(dimension.indicators[i], inputs, texts);
      row[i] = score;
      if (score.points === null) continue;
      count++;
      sum += score.points;
    }
    withData[d] = count;
    confidenceWeight += (dimension.weight * count) / row.length;
    if (count === 0) {
      means[d] = null;
      continue;
    }
    weightWithData += dimension.weight;
    means[d] = sum / count;
  }

  // Pass 2: the results, now that the weight of the dimensions with data is known.
  // Sized up front: arrays grown by push keep spare room, a cost paid once per customer.
  const dimensions = new Array<DimensionResult>(dims.length);
  const indicators = new Array<IndicatorResult>(plan.indicatorCount);
  let at = 0;
  let weightedSum = 0;
  for (let d = 0; d < dims.length; d++) {
    const dimension = dims[d];
    const mean = means[d];
    const row = scores[d];
    if (mean === null) {
      dimensions[d] = plan.noDataDimensions[d];
      for (const shared of plan.noDataIndicators[d]) indicators[at++] = shared;
      continue;
    }
    const share = dimension.weight / weightWithData;
    weightedSum += dimension.weight * mean;
    dimensions[d] = {
      id: dimension.id,
      name: dimension.name,
      score: mean,
      weight: dimension.weight,
      effectiveWeight: share,
      indicatorsWithData: withData[d],
      indicatorCount: row.length,
    };
    for (let i = 0; i < row.length; i++) {
      const result = row[i];
      if (result.points === null) {
        indicators[at++] = plan.noDataIndicators[d][i];
        continue;
      }
      const setting = dimension.indicators[i].setting;
      const effectiveWeight = share / withData[d];
      const shortfall = effectiveWeight * (100 - result.points);
      // Two literals rather than a spread: the spread makes a slow, larger object per indicator.
      indicators[at++] = result.categoryName
        ? {
            id: setting.id,
            dimension: dimension.id,
            name: setting.name,
            unit: setting.unit,
            value: result.value,
            categoryName: result.categoryName,
            points: result.points,
            effectiveWeight,
            shortfall,
          }
        : {
            id: setting.id,
            dimension: dimension.id,
            name: setting.name,
            unit: setting.unit,
            value: result.value,
            points: result.points,
            effectiveWeight,
            shortfall,
          };
    }
  }

  const score = weightWithData > 0 ? weightedSum / weightWithData : null;
  const confidence = plan.totalWeight > 0 ? confidenceWeight / plan.totalWeight : 0;
  const sufficient = score !== null && confidence >= settings.minConfidence - CONFIDENCE_TOLERANCE;
  const averageMonthlySales = averageMonthlySalesOf(
    customer,
    asOf,
    settings.minMonthsForAverageSales
  );
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
