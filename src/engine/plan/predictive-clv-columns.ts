import type { ScoreRun } from "../score-workbook";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { FORMATS, type PlanFormat } from "./workbook-plan";

export interface ExtraColumns {
  header: string[];
  formats: PlanFormat[];
  widths: number[];
  /** The cells of the run's i-th customer. */
  cells(i: number): (number | null)[];
}

const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/**
 * The Tiers sheet's predictive CLV columns (P(alive), expected purchases over the horizon, expected
 * spend, predictive CLV), after every other column so that the default sheet keeps its columns; null
 * unless settings choose the bgnbd model. Empty cells for customers without predictions.
 */
export function predictiveClvColumns(run: ScoreRun, lang: Lang): ExtraColumns | null {
  const p = run.predictiveClv;
  if (!p) return null;
  return {
    header: planText(lang).tiers.predictiveHeader(run.settings.tiers.clv.horizonMonths),
    formats: [FORMATS.percent, FORMATS.ratio, FORMATS.money, FORMATS.money],
    widths: [10, 14, 14, 14],
    cells: (i) => [
      orNull(p.pAlive[i]),
      orNull(p.expectedPurchases[i]),
      orNull(p.expectedSpend[i]),
      orNull(p.clv[i]),
    ],
  };
}
