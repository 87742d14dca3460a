import type { Localized } from "../../../i18n/lang";
import type { CompiledIndicator } from "./compile-scorecard";
import type { ExpressionInputs } from "./expression/evaluate-expression";
import { evaluateExpression } from "./expression/evaluate-expression";
import { pointsOnCurve } from "./points-curve";

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
): { value: number | string | null; points: number | null; categoryName?: Localized } {
  const setting = indicator.setting;
  if (setting.kind === "category") {
    const raw = texts[setting.field];
    const wanted = raw?.trim().toLowerCase();
    const match = wanted
      ? setting.categories.find((c) => c.values.some((v) => v.trim().toLowerCase() === wanted))
      : undefined;
    return match
      ? { value: match.values[0], points: match.points, categoryName: match.name }
      : { value: null, points: null };
  }
  const value = indicator.tree ? evaluateExpression(indicator.tree, inputs) : null;
  return value === null
    ? { value: null, points: null }
    : { value, points: pointsOnCurve(setting.curve, value) };
}
