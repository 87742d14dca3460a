import { isoFromDay } from "../day";
import { TIERS, type Migration } from "../history/migration";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { rowAfter } from "./table-range";
import { dataSheetPrint } from "./data-sheet-print";
import { fitColumnWidths } from "./fit-column-widths";
import { FORMATS, type PlanSheet, type PlanTable } from "./workbook-plan";

type Grid = Migration["counts"];

/** A matrix with a total per row (tier last time) and per column (tier now); the corner is the grand total. */
export function matrixWithTotals(grid: Grid, total: string): (string | number)[][] {
  const rows: (string | number)[][] = TIERS.map((from) => {
    const cells = TIERS.map((to) => grid[from][to]);
    return [from, ...cells, cells.reduce((a, b) => a + b, 0)];
  });
  const columns = [1, 2, 3, 4].map((c) => rows.reduce((sum, r) => sum + (r[c] as number), 0));
  return [...rows, [total, ...columns]];
}

/**
 * The movers sheet: the tier migration matrix (counts and value, with totals) and who moved up or
 * down, largest value change first, each saying whether its value changed or only the cut-off moved.
 */
export function buildMigrationSheet(m: Migration, lang: Lang): PlanSheet {
  const text = planText(lang);
  const t = text.migration;
  const counts: PlanTable = {
    name: "migration_counts",
    row: 4,
    column: 1,
    header: [t.corner, ...TIERS, t.total],
    rows: matrixWithTotals(m.counts, t.total),
    formats: [FORMATS.text, FORMATS.count, FORMATS.count, FORMATS.count, FORMATS.count],
    styledHeader: true,
    autoFilter: false,
  };
  const valueRow = rowAfter(counts);
  const value: PlanTable = {
    ...counts,
    name: "migration_value",
    row: valueRow + 1,
    rows: matrixWithTotals(m.value, t.total),
    formats: [FORMATS.text, FORMATS.money, FORMATS.money, FORMATS.money, FORMATS.money],
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
      x.valueChange,
      x.cause === "cutoff" ? t.causeCutoff : t.causeValue,
    ]),
    formats: [
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.money,
      FORMATS.money,
      FORMATS.money,
      FORMATS.text,
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
    columnWidths: fitColumnWidths([counts, value, movers]),
    tabColor: "#F79646",
    // The title row repeats; the matrix and the list have different first columns, so none repeats.
    print: dataSheetPrint(1),
  };
}
