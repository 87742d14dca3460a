import type { Localized } from "../../../i18n/lang";
import type { CompiledIndicator } from "./compile-scorecard";
import type { ExpressionInputs } from "./expression/evaluate-expression";
import { evaluateExpression } from "./expression/evaluate-expression";
import { pointsOnCurve } from "./points-curve";

/** One indicator's value and points, as scoreIndicator gives them. */
export interface IndicatorScore {
  value: number | string | null;
  points: number | null;
  categoryName?: Localized;
}

// Most customers lack some indicator's data: one frozen answer for all of them.
const NO_DATA: IndicatorScore = Object.freeze({ value: null, points: null });

/**
 * One indicator's value and points. A curve indicator evaluates its expression (null = no data)
 * and reads the curve; a category indicator matches the text field against its categories
 * (ignoring case and surrounding spaces) and gives the canonical value, or no data when nothing
 * matches, with the category's name in both languages.
 */
export function scoreIndicator(
  indicator: CompiledIndicator,
  inputs: ExpressionInputs,
  texts: Readonly<Record<string, string | null>>
): IndicatorScore {
  const setting = indicator.setting;
  if (setting.kind === "category") {
    const raw = texts[setting.field];
    const wanted = raw?.trim().toLowerCase();
    const match = wanted
      ? setting.categories.find((c) => c.values.some((v) => v.trim().toLowerCase() === wanted))
      : undefined;
    return match
      ? { value: match.values[0], points: match.points, categoryName: match.name }
      : NO_DATA;
  }
  const value = indicator.tree ? evaluateExpression(indicator.tree, inputs) : null;
  return value === null ? NO_DATA : { value, points: pointsOnCurve(setting.curve, value) };
}
