import { creditDetail } from "../../engine/credit-detail";
import { ahpWeights } from "../../engine/models/credit/ahp";
import type { AltmanZone } from "../../engine/models/credit/altman-zone";
import type { CreditMethod } from "../../engine/models/credit/credit-settings";
import type { CreditResult } from "../../engine/models/credit/credit-result";
import { fuzzyEvaluate } from "../../engine/models/credit/fuzzy";
import { scoreCredit } from "../../engine/models/credit/scorecard";
import { customerCell, customerRowRange, type LearnCard, type LearnFigure } from "./learn-card";
import type { LearnContext } from "./learn-context";

const ZONES: readonly AltmanZone[] = ["safe", "grey", "distress"];
const ZONE_KEY = {
  safe: "learnZoneSafe",
  grey: "learnZoneGrey",
  distress: "learnZoneDistress",
} as const;

/** The example customer's credit by `method`: the run's own result when the run used it. */
export function creditBy(c: LearnContext, method: CreditMethod): CreditResult | null {
  const { run, scored } = c;
  if (!scored) return null;
  if (run.settings.credit.method === method) return creditDetail(run, scored);
  return scoreCredit(scored.customer, run.asOf, { ...run.settings.credit, method });
}

function resultFigures(c: LearnContext, credit: CreditResult | null): LearnFigure[] {
  const { t } = c;
  if (!credit) return [];
  return [
    { key: "score", label: t("learnScore"), value: c.num(credit.score, 1), number: credit.score },
    {
      key: "grade",
      label: t("learnGrade"),
      value: credit.grade === "insufficient" ? t("gradeInsufficient") : credit.grade,
    },
    {
      key: "confidence",
      label: t("learnConfidence"),
      value: c.share(credit.confidence),
      number: credit.confidence,
    },
  ];
}

/** The 5C scorecard: the example customer's points per indicator, then score, grade, confidence. */
export function fiveCCard(c: LearnContext): LearnCard {
  const { t, scored } = c;
  const credit = creditBy(c, "5C");
  const dimension = (id: string): string =>
    credit?.dimensions.find((d) => d.id === id)?.name[c.lang] ?? id;
  const figures: LearnFigure[] = [{ key: "customer", label: t("learnCustomer"), value: c.who }];
  for (const i of credit?.indicators ?? []) {
    figures.push({
      key: `points.${i.id}`,
      label: `${dimension(i.dimension)} · ${i.name[c.lang]}`,
      value: c.num(i.points, 1),
      number: i.points,
    });
  }
  return {
    id: "5c",
    title: t("learn5cTitle"),
    explanation: t("learn5cText"),
    formula: t("learn5cFormula"),
    figures: figures.concat(resultFigures(c, credit)),
    showMe: scored ? customerRowRange(c.run, scored) : null,
  };
}

/** 5P: the same indicators regrouped; the example customer's score per P, then the result. */
export function fivePCard(c: LearnContext): LearnCard {
  const { t, scored } = c;
  const credit = creditBy(c, "5P");
  const figures: LearnFigure[] = [{ key: "customer", label: t("learnCustomer"), value: c.who }];
  for (const d of credit?.dimensions ?? []) {
    figures.push({
      key: `dimension.${d.id}`,
      label: d.name[c.lang],
      value: c.num(d.score, 1),
      number: d.score,
    });
  }
  return {
    id: "5p",
    title: t("learn5pTitle"),
    explanation: t("learn5pText"),
    formula: t("learn5pFormula"),
    figures: figures.concat(resultFigures(c, credit)),
    showMe: scored ? customerRowRange(c.run, scored) : null,
  };
}

/** w_i / w_j as an expert would say it: the nearest whole number 1..9 on Saaty's scale, or its reciprocal. */
function saatyJudgement(wi: number, wj: number): number {
  const clamp = (x: number): number => Math.min(9, Math.max(1, Math.round(x)));
  return wi >= wj ? clamp(wi / wj) : 1 / clamp(wj / wi);
}

/**
 * AHP, worked on the 5C dimensions: the scorecard's own weight ratios w_i / w_j rounded to Saaty's
 * 1-9 scale (exact ratios such as 1.2 are off the scale and ahpWeights refuses them), and what
 * ahpWeights makes of that matrix: weights, lambda_max, CI and a CR above 0 from the rounding.
 */
export function ahpCard(c: LearnContext): LearnCard {
  const { t } = c;
  const dimensions = c.run.settings.credit.scorecard5C.dimensions;
  const w = dimensions.map((d) => d.weight);
  const matrix = w.map((wi) => w.map((wj) => saatyJudgement(wi, wj)));
  const names = dimensions.map((d) => d.name[c.lang]);
  const figures: LearnFigure[] = [];
  // A scorecard of one dimension has nothing to compare.
  if (matrix.length >= 2) {
    const ahp = ahpWeights(matrix);
    ahp.weights.forEach((weight, i) =>
      figures.push({
        key: `weight.${dimensions[i].id}`,
        label: t("learnWeight", { name: names[i] }),
        value: c.share(weight),
        number: weight,
      })
    );
    figures.push(
      {
        key: "lambdaMax",
        label: "lambda_max",
        value: c.num(ahp.lambdaMax, 3),
        number: ahp.lambdaMax,
      },
      { key: "ci", label: "CI", value: c.num(ahp.ci, 3), number: ahp.ci },
      { key: "cr", label: "CR", value: c.num(ahp.cr, 3), number: ahp.cr }
    );
  }
  return {
    id: "ahp",
    title: t("learnAhpTitle"),
    explanation: t("learnAhpText"),
    formula: t("learnAhpFormula"),
    figures,
    table: {
      corner: "",
      columns: names,
      rows: matrix.map((row, i) => ({
        label: names[i],
        cells: row.map((a) => c.num(a, 2)),
        numbers: row,
      })),
    },
    showMe: null,
  };
}

/** Fuzzy evaluation on the example customer's 5C points and weights: the membership vector. */
export function fuzzyCard(c: LearnContext): LearnCard {
  const { t, scored } = c;
  const grades = c.run.settings.credit.fuzzyGrades;
  const credit = creditBy(c, "5C");
  const result = credit
    ? fuzzyEvaluate(
        credit.indicators.map((i) => ({ points: i.points, weight: i.effectiveWeight })),
        grades
      )
    : null;
  const name = (id: string): string => grades.find((g) => g.id === id)?.name[c.lang] ?? id;
  const figures: LearnFigure[] = [{ key: "customer", label: t("learnCustomer"), value: c.who }];
  for (const m of result?.memberships ?? []) {
    figures.push({
      key: `membership.${m.grade}`,
      label: c.lang === "zh-CN" ? m.grade : `${name(m.grade)} (${m.grade})`,
      value: c.share(m.membership),
      number: m.membership,
    });
  }
  figures.push({
    key: "grade",
    label: t("learnFuzzyGrade"),
    value: result ? name(result.grade) : t("learnNone"),
  });
  return {
    id: "fuzzy",
    title: t("learnFuzzyTitle"),
    explanation: t("learnFuzzyText"),
    formula: t("learnFuzzyFormula"),
    figures,
    showMe: scored ? customerRowRange(c.run, scored) : null,
  };
}

/** Altman Z'': the example customer's X1-X4 and Z'', and the workbook's customers per zone. */
export function altmanCard(c: LearnContext): LearnCard {
  const { t, scored } = c;
  const z = scored?.altman ?? null;
  const figures: LearnFigure[] = [{ key: "customer", label: t("learnCustomer"), value: c.who }];
  if (z) {
    for (const x of ["x1", "x2", "x3", "x4"] as const)
      figures.push({ key: x, label: x.toUpperCase(), value: c.num(z[x], 3), number: z[x] });
    figures.push(
      { key: "z", label: "Z''", value: c.num(z.z, 2), number: z.z },
      { key: "zone", label: t("learnZone"), value: t(ZONE_KEY[z.zone]) }
    );
  } else {
    figures.push({ key: "z", label: "Z''", value: t("learnNone"), number: null });
  }
  for (const zone of ZONES) {
    const n = c.run.credit.altmanZones[zone] ?? 0;
    figures.push({
      key: `zone.${zone}`,
      label: t("learnZoneCount", { zone: t(ZONE_KEY[zone]) }),
      value: String(n),
      number: n,
    });
  }
  return {
    id: "altman",
    title: t("learnAltmanTitle"),
    explanation: t("learnAltmanText"),
    formula: t("learnAltmanFormula"),
    figures,
    showMe: scored ? customerCell(c.run, scored, "total_assets") : null,
  };
}
