import type { CreditResult, IndicatorResult } from "../../models/credit/credit-result";
import { DEFAULT_CREDIT_SETTINGS } from "../../models/credit/credit-settings";

/** Test helper: an indicator result named as the default scorecard names it. */
export function indicatorResult(
  id: string,
  value: number | string | null,
  points: number | null,
  shortfall: number | null = null
): IndicatorResult {
  for (const d of DEFAULT_CREDIT_SETTINGS.scorecard5C.dimensions) {
    for (const i of d.indicators) {
      if (i.id !== id) continue;
      const category =
        i.kind === "category" ? i.categories.find((c) => c.values[0] === value) : undefined;
      return {
        id,
        dimension: d.id,
        name: i.name,
        unit: i.unit,
        value,
        ...(category ? { categoryName: category.name } : {}),
        points,
        effectiveWeight: points === null ? 0 : 0.1,
        shortfall,
      };
    }
  }
  throw new Error(`no indicator ${id}`);
}

/** Test helper: the example of the brief, "Grade BB (54): ...". */
export function exampleResult(patch: Partial<CreditResult> = {}): CreditResult {
  const reasons = [
    indicatorResult("overdue_days", 45, 30, 5.25),
    indicatorResult("debt_ratio", 0.78, 35, 6.5),
    indicatorResult("collateral_cover", 0, 20, 12),
  ];
  return {
    customerId: "C001",
    scorecard: "5C",
    score: 54.4,
    grade: "BB",
    confidence: 1,
    light: "amber",
    limit: 1000,
    terms: 15,
    averageMonthlySales: 1000,
    dimensions: [],
    indicators: [...reasons, indicatorResult("current_ratio", null, null)],
    reasons,
    ...patch,
  };
}
