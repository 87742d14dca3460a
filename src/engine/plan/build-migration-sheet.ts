import { isoFromDay } from "../day";
import { TIERS, type Migration } from "../history/migration";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { rowAfter } from "./table-range";
import { FORMATS, type PlanSheet, type PlanTable } from "./workbook-plan";

/** The movers sheet: the tier migration matrix (counts and value) and who moved up or down. */
export function buildMigrationSheet(m: Migration, lang: Lang): PlanSheet {
  const text = planText(lang);
  const t = text.migration;
  const counts: PlanTable = {
    name: "migration_counts",
    row: 4,
    column: 1,
    header: [t.corner, ...TIERS],
    rows: TIERS.map((from) => [from, ...TIERS.map((to) => m.counts[from][to])]),
    formats: [FORMATS.text, FORMATS.count, FORMATS.count, FORMATS.count],
    styledHeader: true,
    autoFilter: false,
  };
  const valueRow = rowAfter(counts);
  const value: PlanTable = {
    ...counts,
    name: "migration_value",
    row: valueRow + 1,
    rows: TIERS.map((from) => [from, ...TIERS.map((to) => m.value[from][to])]),
    formats: [FORMATS.text, FORMATS.money, FORMATS.money, FORMATS.money],
  };
  const moversRow = rowAfter(value);
  const movers: PlanTable = {
    name: "migration_movers",
    row: moversRow + 1,
    column: 1,
    header: t.moversHeader,
    rows: m.movers.map((x) => [
      x.customerId,
      x.name,
      x.from,
      x.to,
      x.direction === "up" ? t.up : t.down,
      x.valueBefore,
      x.valueNow,
    ]),
    formats: [
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.money,
      FORMATS.money,
    ],
    styledHeader: true,
    autoFilter: true,
  };
  return {
    key: "migration",
    name: text.sheets.migration,
    tables: [counts, value, movers],
    cells: [
      {
        row: 1,
        column: 1,
        value: t.title(isoFromDay(m.previousDate), isoFromDay(m.currentDate)),
        style: "title",
      },
      { row: 2, column: 1, value: t.both(m.customersBoth), style: "note" },
      { row: 3, column: 1, value: t.matrixTitle, style: "label" },
      { row: valueRow, column: 1, value: t.valueTitle, style: "label" },
      { row: moversRow, column: 1, value: t.moversTitle, style: "label" },
    ],
    charts: [],
    conditionalFormats: [
      { kind: "color-scale", range: `B5:D7`, colors: ["#F8F9FA", "#9EC5FE", "#0A58CA"] },
      {
        kind: "text-fill",
        range: `E${movers.row + 1}:E${movers.row + Math.max(movers.rows.length, 1)}`,
        text: t.up,
        fill: "#D1E7DD",
        font: "#0F5132",
      },
      {
        kind: "text-fill",
        range: `E${movers.row + 1}:E${movers.row + Math.max(movers.rows.length, 1)}`,
        text: t.down,
        fill: "#F8D7DA",
        font: "#842029",
      },
    ],
    columnWidths: [14, 28, 12, 12, 10, 14, 14],
    tabColor: "#F79646",
  };
}
