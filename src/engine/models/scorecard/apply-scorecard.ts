import type { CellValue } from "../../table/cell";
import { categoryCell, numericCell } from "./cell-reading";
import type {
  StatisticalScorecardSetting,
  StatisticalVariableSetting,
} from "./statistical-setting";

/**
 * The bin a cell falls in, or -1: a missing value without a missing bin, a category the fit never
 * saw, or text in a numeric variable. Such a value earns 0 points (the WOE of an average bin).
 */
export function binOf(variable: StatisticalVariableSetting, raw: CellValue | undefined): number {
  if (variable.kind === "numeric") {
    const value = numericCell(raw);
    if (value === null) return -1;
    if (Number.isNaN(value)) return variable.bins.findIndex((b) => b.missing);
    return variable.bins.findIndex(
      (b) =>
        !b.missing &&
        (b.lower === null || value >= b.lower) &&
        (b.upper === null || value < b.upper)
    );
  }
  const text = categoryCell(raw);
  if (text === null) return variable.bins.findIndex((b) => b.missing);
  return variable.bins.findIndex((b) => !b.missing && b.categories.includes(text));
}

export interface AppliedScore {
  score: number;
  /** Per variable, in the setting's order: the bin index (-1 = none) and the points earned. */
  parts: { bin: number; points: number }[];
}

/**
 * A row's score on a fitted scorecard: base points + each variable's bin points. `cellOf(name)`
 * gives the row's cell in the column of that title (undefined when the file lacks the column).
 */
export function applyScorecard(
  scorecard: StatisticalScorecardSetting,
  cellOf: (name: string) => CellValue | undefined
): AppliedScore {
  let score = scorecard.basePoints;
  const parts = scorecard.variables.map((variable) => {
    const bin = binOf(variable, cellOf(variable.name));
    const points = bin < 0 ? 0 : variable.bins[bin].points;
    score += points;
    return { bin, points };
  });
  return { score, parts };
}
