import type { Day } from "../../day";
import type { Customer } from "../customer";
import { averageMonthlySales as averageMonthlySalesOf } from "./average-monthly-sales";
import type { Category } from "./category-matcher";
import type { CompiledScorecard } from "./compile-scorecard";
import { creditGrade } from "./credit-grade";
import type { CreditResult } from "./credit-result";
import type { CreditSettings } from "./credit-settings";
import { pointsOnCurve } from "./points-curve";
import { reasonCodes } from "./reason-codes";
import { scoringPlan } from "./scoring-plan";

/**
 * Confidence is a sum of float shares: 50% built from thirds can come out as 0.49999999999999994,
 * and §8 says 50% is enough. The tolerance is far below any share a scorecard can make.
 */
const CONFIDENCE_TOLERANCE = 1e-9;

/** A scorecard made ready once from settings, then applied to one customer after another. */
export interface PreparedScorecard {
  scorecard: CompiledScorecard;
  /** The customer's credit on this scorecard (see prepareScorecard). */
  score(customer: Customer, asOf: Day): CreditResult;
}

/**
 * Compiles the settings' scorecard once (throws ScorecardError when it is invalid) and returns what
 * scores a customer on it (domain.md §5, §8). Indicators weigh equally in their dimension; a
 * dimension is the mean of its indicators with data; the score is the weighted mean of the
 * dimensions with data. Confidence = the share of total weight whose indicators had data (each
 * adds its dimension's weight / its number of indicators). Below minConfidence the grade is
 * "insufficient" and light, limit and terms are null; score and reasons are still given.
 * Indicators and dimensions without data share one frozen result across customers. The rest of
 * the settings (grades, policy, lights, confidence, reasons) is read as it is at each call.
 */
export function prepareScorecard(settings: CreditSettings): PreparedScorecard {
  const plan = scoringPlan(settings);
  const { scorecard, noDataDimensions } = plan;
  // In table order over all dimensions, as CreditResult.indicators lists them.
  const noDataIndicators = plan.noDataIndicators.flat();
  const dims = scorecard.dimensions;
  // Scratch for pass 1, by indicator over all dimensions: overwritten customer after customer,
  // since scoring one customer finishes before the next starts. NaN points = no data (real
  // points are finite: validate-scorecard.ts).
  const points = new Float64Array(plan.indicatorCount);
  const values = new Float64Array(plan.indicatorCount);
  const categories = new Array<Category | undefined>(plan.indicatorCount).fill(undefined);
  const means = new Float64Array(dims.length);
  const withData = new Int32Array(dims.length);

  function score(customer: Customer, asOf: Day): CreditResult {
    // Pass 1: every indicator's points, and per dimension its mean over the indicators with data.
    let weightWithData = 0;
    let confidenceWeight = 0;
    let k = 0;
    for (let d = 0; d < dims.length; d++) {
      const dimension = dims[d];
      const indicators = dimension.indicators;
      let count = 0;
      let sum = 0;
      for (let i = 0; i < indicators.length; i++, k++) {
        const indicator = indicators[i];
        if (indicator.tree === null) {
          const category = indicator.category(customer);
          categories[k] = category;
          points[k] = category ? category.points : NaN;
        } else {
          const value = indicator.value(customer, asOf);
          if (value === null) {
            points[k] = NaN;
          } else {
            values[k] = value;
            points[k] = pointsOnCurve(indicator.setting.curve, value);
          }
        }
        if (Number.isNaN(points[k])) continue;
        count++;
        sum += points[k];
      }
      withData[d] = count;
      confidenceWeight += (dimension.weight * count) / indicators.length;
      if (count === 0) continue;
      weightWithData += dimension.weight;
      means[d] = sum / count;
    }

    // Pass 2: the results, now that the weight of the dimensions with data is known. They start
    // as copies of the all-no-data lists (a fast copy of a full array, where `new Array(n)` and
    // push are slow), and only what has data is replaced.
    const dimensions = noDataDimensions.slice();
    const indicators = noDataIndicators.slice();
    let weightedSum = 0;
    k = 0;
    for (let d = 0; d < dims.length; d++) {
      const dimension = dims[d];
      const count = dimension.indicators.length;
      if (withData[d] === 0) {
        k += count;
        continue;
      }
      const mean = means[d];
      const share = dimension.weight / weightWithData;
      weightedSum += dimension.weight * mean;
      dimensions[d] = {
        id: dimension.id,
        name: dimension.name,
        score: mean,
        weight: dimension.weight,
        effectiveWeight: share,
        indicatorsWithData: withData[d],
        indicatorCount: count,
      };
      for (let i = 0; i < count; i++, k++) {
        if (Number.isNaN(points[k])) continue;
        const setting = dimension.indicators[i].setting;
        const effectiveWeight = share / withData[d];
        const shortfall = effectiveWeight * (100 - points[k]);
        const category = setting.kind === "category" ? categories[k] : undefined;
        // Two literals rather than a spread: the spread makes a slow, larger object per indicator.
        indicators[k] = category
          ? {
              id: setting.id,
              dimension: dimension.id,
              name: setting.name,
              unit: setting.unit,
              value: category.values[0],
              categoryName: category.name,
              points: points[k],
              effectiveWeight,
              shortfall,
            }
          : {
              id: setting.id,
              dimension: dimension.id,
              name: setting.name,
              unit: setting.unit,
              value: values[k],
              points: points[k],
              effectiveWeight,
              shortfall,
            };
      }
    }

    const score = weightWithData > 0 ? weightedSum / weightWithData : null;
    const confidence = plan.totalWeight > 0 ? confidenceWeight / plan.totalWeight : 0;
    const sufficient =
      score !== null && confidence >= settings.minConfidence - CONFIDENCE_TOLERANCE;
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
        policy && averageMonthlySales !== null
          ? averageMonthlySales * policy.limitMultiplier
          : null,
      terms: policy ? policy.terms : null,
      averageMonthlySales,
      dimensions,
      indicators,
      reasons: reasonCodes(indicators, settings.reasonCount),
    };
  }

  return { scorecard, score };
}
