import type { ScorecardFit } from "../../models/scorecard/fit-scorecard";
import type { Lang } from "../../../i18n/lang";
import { scorecardText } from "../../../i18n/scorecard";
import { verdictText } from "./verdict-text";

const fixed = (value: number, decimals: number) => value.toFixed(decimals);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The fit's report (the CLI prints it, the pane shows it): variables by IV with their bins, the model, its quality. */
export function formatFitScorecardText(fit: ScorecardFit, fileName: string, lang: Lang): string {
  const t = scorecardText(lang);
  const lines = [
    t.title(fileName, fit.sheet, fit.target),
    t.fittedOn(fit.rows, fit.goods, fit.bads, fit.quality.holdout !== null),
    "",
    t.variablesByIv,
  ];
  const byIv = fit.variables.slice().sort((a, b) => (b.iv ?? -1) - (a.iv ?? -1));
  for (const v of byIv) {
    lines.push(`  ${v.name}  IV ${v.iv === null ? "-" : fixed(v.iv, 4)}  ${verdictText(v, lang)}`);
    if (!v.kept) continue;
    lines.push(`      ${t.binHeader}`);
    for (const b of v.bins) {
      const rate = b.goods + b.bads > 0 ? percent(b.bads / (b.goods + b.bads)) : "-";
      lines.push(
        `      ${b.label} | ${b.goods} | ${b.bads} | ${rate} | ${fixed(b.woe, 4)} | ${b.points ?? "-"}`
      );
    }
  }
  const m = fit.model;
  lines.push("", t.model(fixed(m.intercept, 6), fixed(m.basePoints, 4)));
  lines.push(
    m.dropped.length === 0
      ? t.droppedNone
      : m.dropped.map((d) => `  ${d.name}: ${t.verdict.sign(fixed(d.coefficient, 4))}`).join("\n")
  );
  const q = fit.quality;
  lines.push(t.quality(fixed(q.ks, 4), fixed(q.auc, 4), fixed(q.gini, 4)));
  if (q.holdout) {
    const h = q.holdout;
    lines.push(t.holdoutQuality(h.rows, fixed(h.ks, 4), fixed(h.auc, 4), fixed(h.gini, 4)));
  }
  lines.push(t.deciles);
  q.deciles.forEach((d, i) =>
    lines.push(t.decile(i + 1, fixed(d.from, 1), fixed(d.to, 1), percent(d.badRate)))
  );
  return lines.join("\n") + "\n";
}
