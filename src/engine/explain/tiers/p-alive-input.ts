import type { ScoreRun } from "../../score-workbook";
import type { PAliveExplainInput } from "./p-alive-sentence";

/**
 * The run's i-th customer's P(alive) and the history it rests on, for Why?; null without the bgnbd
 * model or when the customer has no P(alive) (the fit refused, or no purchase of theirs by the as-of
 * date in the purchases fitted on).
 */
export function pAliveInput(run: ScoreRun, i: number): PAliveExplainInput | null {
  const p = run.predictiveClv;
  if (!p || i < 0 || i >= p.pAlive.length || Number.isNaN(p.pAlive[i])) return null;
  return {
    pAlive: p.pAlive[i],
    repeatPurchases: p.repeatPurchases[i],
    recency: p.recency[i],
    age: p.age[i],
    unit: run.settings.tiers.clv.period,
  };
}
