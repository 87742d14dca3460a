import { creditDetail } from "../../engine/credit-detail";
import { customerRowRange, type LearnCard, type LearnFigure } from "./learn-card";
import type { LearnContext } from "./learn-context";

/**
 * WOE and points on the class's own fitted scorecard (credit.method "statistical"): the example
 * customer's bin in each variable with its WOE and points, the base points and the score. Null
 * when the run did not score with a fitted scorecard.
 */
export function woeCard(c: LearnContext): LearnCard | null {
  const { t, scored, run } = c;
  const scorecard = run.settings.credit.statistical;
  if (run.settings.credit.method !== "statistical" || scorecard === null) return null;
  const figures: LearnFigure[] = [{ key: "customer", label: t("learnCustomer"), value: c.who }];
  figures.push({
    key: "base",
    label: t("learnWoeBase"),
    value: c.num(scorecard.basePoints, 1),
    number: scorecard.basePoints,
  });
  for (const indicator of scored ? creditDetail(run, scored).indicators : []) {
    const variable = scorecard.variables.find((v) => v.name === indicator.id);
    const bin = variable?.bins.find((b) => b.label === indicator.value);
    figures.push({
      key: `points.${indicator.id}`,
      label: bin ? `${indicator.id}: ${bin.label} (WOE ${c.num(bin.woe, 3)})` : indicator.id,
      value: c.num(indicator.points ?? 0, 0),
      number: indicator.points ?? 0,
    });
  }
  const score = scored?.credit.score ?? null;
  figures.push({ key: "score", label: t("learnWoeScore"), value: c.num(score, 1), number: score });
  return {
    id: "woe",
    title: t("learnWoeTitle"),
    explanation: t("learnWoeText"),
    formula: t("learnWoeFormula"),
    figures,
    showMe: scored ? customerRowRange(run, scored) : null,
  };
}
