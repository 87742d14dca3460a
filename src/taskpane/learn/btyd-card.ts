import { plainNumber } from "../../engine/explain/tiers/plain-number";
import { clvText } from "../../i18n/clv";
import { customerCell, type LearnCard } from "./learn-card";
import type { LearnContext } from "./learn-context";
import { scoredCustomerAt } from "../../engine/scored-customers";

/**
 * Two of the run's customers with the same number of repeat purchases whose P(alive) differ most:
 * one bought recently, one went quiet. One pass over the columns, keeping per x the lowest and the
 * highest P(alive); null when no x has two customers with different P(alive).
 */
export function contrastingPair(
  x: Float64Array,
  pAlive: Float64Array
): { recent: number; quiet: number } | null {
  const low = new Map<number, number>();
  const high = new Map<number, number>();
  for (let i = 0; i < x.length; i++) {
    // Without a repeat purchase P(alive) is 1 by the model's own rule, whatever the silence.
    if (!(x[i] >= 1) || Number.isNaN(pAlive[i])) continue;
    const lo = low.get(x[i]);
    if (lo === undefined || pAlive[i] < pAlive[lo]) low.set(x[i], i);
    const hi = high.get(x[i]);
    if (hi === undefined || pAlive[i] > pAlive[hi]) high.set(x[i], i);
  }
  let best: { recent: number; quiet: number } | null = null;
  let gap = 0;
  for (const [count, quiet] of low) {
    const recent = high.get(count)!;
    const d = pAlive[recent] - pAlive[quiet];
    if (d > gap) {
      gap = d;
      best = { recent, quiet };
    }
  }
  return best;
}

/**
 * Buy till you die on the class's own customers (issue 17): two customers with the same number of
 * purchases, one recent and one not, their histories and P(alive), and the fitted parameters in
 * the formula. Only when the run fitted BG/NBD (tiers.clv.model "bgnbd").
 */
export function btydCard(c: LearnContext): LearnCard | null {
  const { run, t, lang } = c;
  const p = run.predictiveClv;
  const fit = p?.models?.bgnbd;
  if (!p || !fit?.ok) return null;
  const pair = contrastingPair(p.repeatPurchases, p.pAlive);
  const unit = clvText(lang).unit(run.settings.tiers.clv.period);
  const who = (i: number) => {
    const { customer } = scoredCustomerAt(run, i);
    return `${customer.customer_id} ${customer.name ?? ""}`.trim();
  };
  const row = (i: number) => {
    const since = [p.age[i], p.age[i] - p.recency[i]];
    return {
      label: who(i),
      cells: [
        String(p.repeatPurchases[i] + 1),
        ...since.map((v) => c.num(v, 0)),
        c.num(p.pAlive[i]),
      ],
      numbers: [p.repeatPurchases[i] + 1, ...since, p.pAlive[i]],
    };
  };
  const params = fit.params;
  return {
    id: "btyd",
    title: t("learnBtydTitle"),
    explanation: t("learnBtydText"),
    formula: t("learnBtydFormula", {
      r: plainNumber(params.r, 4),
      alpha: plainNumber(params.alpha, 4),
      a: plainNumber(params.a, 4),
      b: plainNumber(params.b, 4),
    }),
    figures: pair
      ? [
          {
            key: "recent",
            label: `${t("learnBtydRecent")} · ${who(pair.recent)}`,
            value: c.num(p.pAlive[pair.recent]),
            number: p.pAlive[pair.recent],
          },
          {
            key: "quiet",
            label: `${t("learnBtydQuiet")} · ${who(pair.quiet)}`,
            value: c.num(p.pAlive[pair.quiet]),
            number: p.pAlive[pair.quiet],
          },
        ]
      : [],
    table: pair
      ? {
          corner: t("learnBtydCorner"),
          columns: [
            t("learnBtydPurchases"),
            t("learnBtydSinceFirst", { unit }),
            t("learnBtydSinceLast", { unit }),
            "P(alive)",
          ],
          rows: [row(pair.recent), row(pair.quiet)],
        }
      : undefined,
    showMe: pair ? customerCell(run, scoredCustomerAt(run, pair.quiet), "last_purchase") : null,
  };
}
