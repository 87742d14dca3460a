import { reasonPhrase } from "../explain/credit/reason-phrase";
import { explainFuzzy } from "../explain/credit/explain-fuzzy";
import type { FuzzyGradeSetting } from "../models/credit/credit-settings";
import type { FuzzyResult } from "../models/credit/fuzzy";
import type { ScoreRun } from "../score-workbook";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { FORMATS, type PlanSheet, type PlanTable } from "./workbook-plan";

function fuzzyCells(
  result: FuzzyResult | null,
  grades: readonly FuzzyGradeSetting[],
  lang: Lang
): (string | null)[] {
  const grade = result && (grades.find((g) => g.id === result.grade)?.name[lang] ?? result.grade);
  return [grade, explainFuzzy(result, grades, lang)];
}

/** The credit sheet: score, grade, light, limit, terms and the three reasons, per customer. */
export function buildCreditSheet(run: ScoreRun, lang: Lang): PlanSheet {
  const text = planText(lang);
  const t = text.credit;
  // With credit.method "fuzzy", two columns more: the winning grade and the membership vector.
  const fuzzy = run.settings.credit.method === "fuzzy";
  const grades = run.settings.credit.fuzzyGrades;
  const rows = run.customers.map(({ customer, credit, altman }) => {
    const reasons = credit.reasons.map((r) => reasonPhrase(r, lang));
    return [
      customer.customer_id,
      customer.name,
      credit.score,
      credit.grade === "insufficient" ? text.dashboard.insufficient : credit.grade,
      credit.light && t.lights[credit.light],
      credit.confidence,
      credit.limit,
      credit.terms === null
        ? null
        : typeof credit.terms === "number"
          ? t.days(credit.terms)
          : credit.terms,
      reasons[0] ?? null,
      reasons[1] ?? null,
      reasons[2] ?? null,
      altman?.z ?? null,
      altman && t.zones[altman.zone],
      customer.row,
      ...(fuzzy ? fuzzyCells(credit.fuzzy ?? null, grades, lang) : []),
    ];
  });
  const table: PlanTable = {
    name: "credit_customers",
    row: 1,
    column: 1,
    header: fuzzy ? [...t.header, ...t.fuzzyHeader] : t.header,
    rows,
    formats: [
      FORMATS.text,
      FORMATS.text,
      FORMATS.score,
      FORMATS.text,
      FORMATS.text,
      FORMATS.percent,
      FORMATS.money,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.ratio,
      FORMATS.text,
      FORMATS.integer,
      ...(fuzzy ? [FORMATS.text, FORMATS.text] : []),
    ],
    styledHeader: true,
    autoFilter: true,
  };
  const range = `E2:E${Math.max(rows.length, 1) + 1}`;
  return {
    key: "credit",
    name: text.sheets.credit,
    tables: [table],
    cells: [],
    charts: [],
    // Traffic lights on the light column (domain.md §5: green AAA-A, amber BBB-BB, red B-C).
    conditionalFormats: [
      { kind: "text-fill", range, text: t.lights.green, fill: "#D1E7DD", font: "#0F5132" },
      { kind: "text-fill", range, text: t.lights.amber, fill: "#FFF3CD", font: "#664D03" },
      { kind: "text-fill", range, text: t.lights.red, fill: "#F8D7DA", font: "#842029" },
    ],
    columnWidths: [12, 28, 8, 8, 8, 10, 14, 12, 30, 30, 30, 10, 10, 8, ...(fuzzy ? [10, 50] : [])],
    freeze: { rows: 1, columns: 2 },
    tabColor: "#9BBB59",
  };
}
