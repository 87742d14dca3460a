import type { Day } from "../../day";
import type { Customer } from "../customer";
import { averageMonthlySales as averageMonthlySalesOf } from "./average-monthly-sales";
import type { Category } from "./category-matcher";
import type { CompiledScorecard } from "./compile-scorecard";
import { creditGrade } from "./credit-grade";
import type { CreditOutcome, CreditResult, IndicatorResult } from "./credit-result";
import type { CreditSettings } from "./credit-settings";
import { pointsOnCurve } from "./points-curve";
import { scoringPlan } from "./scoring-plan";
import { topShortfalls } from "./top-shortfalls";

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
  /** The same credit without the breakdown by dimension and indicator (creditOutcome of score's). */
  outcome(customer: Customer, asOf: Day): CreditOutcome;
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

  // Pass 2's figures, by indicator: its effective weight and shortfall (NaN without data).
  const effectiveWeights = new Float64Array(plan.indicatorCount);
  const shortfalls = new Float64Array(plan.indicatorCount);
  // Each indicator's dimension and place in it, by its index over all dimensions.
  const dimensionOf: number[] = [];
  const placeOf: number[] = [];
  dims.forEach((dimension, d) =>
    dimension.indicators.forEach((_, i) => {
      dimensionOf.push(d);
      placeOf.push(i);
    })
  );
  let weightWithData = 0;
  let confidenceWeight = 0;

  /** Pass 1: every indicator's points, and per dimension its mean over the indicators with data. */
  function measure(customer: Customer, asOf: Day): void {
    weightWithData = 0;
    confidenceWeight = 0;
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
  }

  /**
   * Pass 2, now that the weight of the dimensions with data is known: each indicator's effective
   * weight and shortfall. Returns the weighted sum of the dimensions' means.
   */
  function weigh(): number {
    let weightedSum = 0;
    let k = 0;
    for (let d = 0; d < dims.length; d++) {
      const dimension = dims[d];
      const count = dimension.indicators.length;
      if (withData[d] === 0) {
        shortfalls.fill(NaN, k, k + count);
        k += count;
        continue;
      }
      const share = dimension.weight / weightWithData;
      weightedSum += dimension.weight * means[d];
      for (let i = 0; i < count; i++, k++) {
        if (Number.isNaN(points[k])) {
          shortfalls[k] = NaN;
          continue;
        }
        const effectiveWeight = share / withData[d];
        effectiveWeights[k] = effectiveWeight;
        shortfalls[k] = effectiveWeight * (100 - points[k]);
      }
    }
    return weightedSum;
  }

  /** Indicator k's result, for an indicator with data. */
  function indicatorResult(k: number): IndicatorResult {
    const dimension = dims[dimensionOf[k]];
    const setting = dimension.indicators[placeOf[k]].setting;
    const category = setting.kind === "category" ? categories[k] : undefined;
    // Two literals rather than a spread: the spread makes a slow, larger object per indicator.
    return category
      ? {
          id: setting.id,
          dimension: dimension.id,
          name: setting.name,
          unit: setting.unit,
          value: category.values[0],
          categoryName: category.name,
          points: points[k],
          effectiveWeight: effectiveWeights[k],
          shortfall: shortfalls[k],
        }
      : {
          id: setting.id,
          dimension: dimension.id,
          name: setting.name,
          unit: setting.unit,
          value: values[k],
          points: points[k],
          effectiveWeight: effectiveWeights[k],
          shortfall: shortfalls[k],
        };
  }

  /** What follows from the score: grade, light, limit and terms (an outcome without its reasons). */
  function grade(customer: Customer, asOf: Day, weightedSum: number): CreditOutcome {
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
      reasons: [],
    };
  }

  function score(customer: Customer, asOf: Day): CreditResult {
    measure(customer, asOf);
    const weightedSum = weigh();
    // The results start as copies of the all-no-data lists (a fast copy of a full array, where
    // `new Array(n)` and push are slow), and only what has data is replaced.
    const dimensions = noDataDimensions.slice();
    const indicators = noDataIndicators.slice();
    for (let d = 0; d < dims.length; d++) {
      if (withData[d] === 0) continue;
      const dimension = dims[d];
      dimensions[d] = {
        id: dimension.id,
        name: dimension.name,
        score: means[d],
        weight: dimension.weight,
        effectiveWeight: dimension.weight / weightWithData,
        indicatorsWithData: withData[d],
        indicatorCount: dimension.indicators.length,
      };
    }
    for (let k = 0; k < indicators.length; k++)
      if (!Number.isNaN(points[k]) && withData[dimensionOf[k]] > 0)
        indicators[k] = indicatorResult(k);
    const g = grade(customer, asOf, weightedSum);
    // Listed, in CreditResult's order: the breakdown comes before the reasons.
    return {
      customerId: g.customerId,
      scorecard: g.scorecard,
      score: g.score,
      grade: g.grade,
      confidence: g.confidence,
      light: g.light,
      limit: g.limit,
      terms: g.terms,
      averageMonthlySales: g.averageMonthlySales,
      dimensions,
      indicators,
      reasons: topShortfalls(shortfalls, settings.reasonCount).map((k) => indicators[k]),
    };
  }

  function outcome(customer: Customer, asOf: Day): CreditOutcome {
    measure(customer, asOf);
    const weightedSum = weigh();
    // Only the reasons' indicators are made: the breakdown of every indicator is score()'s.
    const result = grade(customer, asOf, weightedSum);
    result.reasons = topShortfalls(shortfalls, settings.reasonCount).map(indicatorResult);
    return result;
  }

  return { scorecard, score, outcome };
}
