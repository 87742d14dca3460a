import { reasonPhrase } from "../explain/credit/reason-phrase";
import { explainFuzzy } from "../explain/credit/explain-fuzzy";
import type { FuzzyGradeSetting } from "../models/credit/credit-settings";
import type { FuzzyResult } from "../models/credit/fuzzy";
import type { ScoreRun } from "../score-workbook";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { creditCheck } from "./credit-check";
import { roundLimit } from "./round-limit";
import { missingFinancialFields } from "./no-financial-fields";
import { dataSheetPrint } from "./data-sheet-print";
import { fitColumnWidths } from "./fit-column-widths";
import { FORMATS, type PlanSheet, type PlanTable, type PlanValue } from "./workbook-plan";
import { madeRows } from "./plan-rows";
import { creditRowReader, scoredCount } from "../scored-customers";

function fuzzyCells(
  result: FuzzyResult | null,
  grades: readonly FuzzyGradeSetting[],
  lang: Lang
): (string | null)[] {
  const grade = result && (grades.find((g) => g.id === result.grade)?.name[lang] ?? result.grade);
  return [grade, explainFuzzy(result, grades, lang)];
}

/**
 * The credit sheet: score, grade, light, limit, terms and the three reasons, per customer, with a
 * "check" where a grade of A or better meets an Altman distress zone. When the
 * file has no financial field, one note above the table says what grades need, and the credit
 * columns stay empty rather than showing scores as if they were grades.
 */
export function buildCreditSheet(run: ScoreRun, lang: Lang): PlanSheet {
  const text = planText(lang);
  const t = text.credit;
  const missing = missingFinancialFields(run, lang);
  // With credit.method "fuzzy", two columns more: the winning grade and the membership vector.
  const fuzzy = run.settings.credit.method === "fuzzy";
  const grades = run.settings.credit.fuzzyGrades;
  // Made when written: a row per customer is never held beside the run's columns.
  const read = creditRowReader(run);
  const rows = madeRows(scoredCount(run), (i): PlanValue[] => {
    const { customer, credit, altman } = read(i);
    if (missing !== null) {
      const blank = Array<null>(t.header.length - 3).fill(null);
      const noFuzzy = fuzzy ? [null, null] : [];
      return [
        customer.customer_id,
        customer.name,
        ...blank.slice(1),
        customer.row,
        null,
        ...noFuzzy,
      ];
    }
    const reasons = credit.reasons.map((r) => reasonPhrase(r, lang));
    const check = creditCheck(credit, altman);
    return [
      customer.customer_id,
      customer.name,
      credit.score,
      credit.grade === "insufficient" ? text.dashboard.insufficient : credit.grade,
      credit.light && t.lights[credit.light],
      credit.confidence,
      roundLimit(credit.limit, run.settings.credit.limitRounding),
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
      check && t.checkFlag,
      customer.row,
      // Last, so that the sentence runs on into the empty cells beside it instead of being cut.
      check &&
        t.checkReason(
          check.grade,
          check.z.toFixed(2),
          String(run.settings.credit.altman.distressBelow)
        ),
      ...(fuzzy ? fuzzyCells(credit.fuzzy ?? null, grades, lang) : []),
    ];
  });
  const table: PlanTable = {
    name: "credit_customers",
    row: missing === null ? 1 : 3,
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
      // Whole amounts once rounded: ".00" on every limit would suggest a precision it does not have.
      run.settings.credit.limitRounding >= 1 ? FORMATS.count : FORMATS.money,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.ratio,
      FORMATS.text,
      FORMATS.text,
      FORMATS.integer,
      FORMATS.text,
      ...(fuzzy ? [FORMATS.text, FORMATS.text] : []),
    ],
    styledHeader: true,
    autoFilter: true,
  };
  const range = `E${table.row + 1}:E${Math.max(rows.length, 1) + table.row}`;
  return {
    key: "credit",
    name: text.sheets.credit,
    tables: [table],
    cells:
      missing === null
        ? []
        : [
            {
              row: 1,
              column: 1,
              value: t.noFinancialFields(missing.join(lang === "zh-CN" ? "、" : ", ")),
              style: "note",
            },
          ],
    charts: [],
    // Traffic lights on the light column (domain.md §5: green AAA-A, amber BBB-BB, red B-C).
    conditionalFormats: [
      { kind: "text-fill", range, text: t.lights.green, fill: "#D1E7DD", font: "#0F5132" },
      { kind: "text-fill", range, text: t.lights.amber, fill: "#FFF3CD", font: "#664D03" },
      { kind: "text-fill", range, text: t.lights.red, fill: "#F8D7DA", font: "#842029" },
      {
        kind: "text-fill",
        range: `N${table.row + 1}:N${Math.max(rows.length, 1) + table.row}`,
        text: t.checkFlag,
        fill: "#FFE5D0",
        font: "#984C0C",
      },
    ],
    columnWidths: fitColumnWidths([table]),
    freeze: { rows: table.row, columns: 2 },
    tabColor: "#9BBB59",
    // The id alone repeats across pages: with the name too, the check's sentence would not fit a page.
    print: dataSheetPrint(table.row, "A:A"),
  };
}
