import { measureName } from "../../engine/explain/tiers/measure-name";
import { lifecycleName, pyramidName } from "../../engine/explain/tiers/level-name";
import { segmentName } from "../../engine/explain/tiers/segment-name";
import { percent } from "../../engine/explain/tiers/percent";
import type { LifecycleStatus } from "../../engine/models/tiers/lifecycle";
import type { PyramidLevel } from "../../engine/models/tiers/pyramid";
import type { ScoreRun } from "../../engine/score-workbook";
import { cliText } from "../../i18n/cli";
import type { Lang } from "../../i18n/lang";
import { scoredCount } from "../../engine/scored-customers";

const GRADE_ORDER = ["AAA", "AA", "A", "BBB", "BB", "B", "C", "insufficient"];

/** Counts as "name 12 · name 3" lines, largest first unless an order is given. */
function countsLine(
  counts: Record<string, number>,
  name: (key: string) => string,
  order?: string[]
): string {
  const keys = order
    ? order.filter((k) => (counts[k] ?? 0) > 0)
    : Object.keys(counts).sort((a, b) => counts[b] - counts[a]);
  return "  " + keys.map((k) => `${name(k)} ${counts[k]}`).join(" · ");
}

/** The readable summary of `tiersheet score`: who matters, who slips away, what credit. */
export function formatScoreText(run: ScoreRun, fileName: string, lang: Lang): string {
  const t = cliText(lang);
  const s = run.tiers;
  const lines = [t.scoreTitle(fileName, run.sheet.name, scoredCount(run))];
  lines.push(t.validationLine(run.validation.stats.errors, run.validation.stats.warnings));
  lines.push(t.valueMeasureLine(measureName(s.valueMeasure)[lang]));
  lines.push(t.abcHeading);
  for (const tier of ["A", "B", "C"] as const) {
    const share = s.abc.valueShares[tier];
    lines.push(t.abcLine(tier, s.abc.counts[tier], share === null ? "-" : percent(share)));
  }
  lines.push(t.pyramidHeading);
  lines.push(
    countsLine(s.pyramid.counts, (k) => pyramidName(k as PyramidLevel)[lang], [
      "VIP",
      "Major",
      "Ordinary",
      "Small",
      "Prospect",
    ])
  );
  if (Object.keys(s.segments).length > 0) {
    lines.push(
      t.segmentsHeading,
      countsLine(s.segments, (k) => segmentName(k)[lang])
    );
  }
  lines.push(t.lifecycleHeading);
  lines.push(
    countsLine(s.lifecycle, (k) => lifecycleName(k as LifecycleStatus)[lang], [
      "Loyal",
      "Repeat",
      "First-time",
      "Churned",
      "Prospect",
    ])
  );
  const churn = run.settings.tiers.churnAlert;
  lines.push(
    churn.rule === "p-alive"
      ? t.churnLinePAlive(s.churnAlerts, String(churn.pAliveBelow))
      : t.churnLine(s.churnAlerts)
  );
  lines.push(
    t.creditHeading,
    countsLine(run.credit.grades, (k) => k, GRADE_ORDER)
  );
  return lines.join("\n") + "\n";
}
