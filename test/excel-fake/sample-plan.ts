import type {
  PlanSheet,
  PlanTable,
  PlanValue,
  WorkbookPlan,
} from "../../src/engine/plan/workbook-plan";

/** Strings Excel would turn into formulas if written to a General cell. */
export const DANGEROUS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"];

function table(
  name: string,
  rows: PlanValue[][],
  header: string[],
  formats: PlanTable["formats"]
): PlanTable {
  return { name, row: 1, column: 1, header, rows, formats, styledHeader: true, autoFilter: true };
}

/** A small hand-made plan: a tiers sheet (text, numbers, a mixed column) and a dashboard with charts. */
export function samplePlan(): WorkbookPlan {
  const tiers: PlanSheet = {
    key: "tiers",
    name: "Tiers",
    tables: [
      table(
        "tiers_customers",
        [
          ["00123", DANGEROUS[0], 1234.5, "A", DANGEROUS[1]],
          ["C2", DANGEROUS[2], 99, "B", 5],
          ["C3", DANGEROUS[3], 0, "C", null],
        ],
        ["客户编号", "名称", "销售额", "ABC", "备注"],
        [null, null, "#,##0.00", null, null]
      ),
    ],
    cells: [],
    charts: [],
    conditionalFormats: [
      { kind: "text-fill", range: "D2:D4", text: "A", fill: "#C6EFCE", font: "#006100" },
    ],
    columnWidths: [12, 30, 14],
    freeze: { rows: 1, columns: 0 },
    tabColor: "#2F5597",
  };
  const dashboard: PlanSheet = {
    key: "dashboard",
    name: "Dashboard",
    tables: [
      {
        ...table(
          "pareto",
          [
            ["A", 500, 0.5],
            ["B", 300, 0.8],
            ["C", 200, 1],
          ],
          ["Customer", "Value", "Cumulative"],
          [null, "#,##0.00", "0.0%"]
        ),
        row: 3,
      },
    ],
    cells: [
      { row: 1, column: 1, value: "客户分析", style: "title" },
      { row: 1, column: 3, value: DANGEROUS[0], style: "note" },
      { row: 1, column: 4, value: 0.25, format: "0.0%", style: "label" },
    ],
    charts: [
      {
        id: "pareto",
        kind: "pareto",
        title: "Pareto",
        categories: { sheet: "dashboard", range: "A4:A6" },
        series: [
          { name: "Value", values: { sheet: "dashboard", range: "B4:B6" } },
          {
            name: "Cumulative",
            values: { sheet: "dashboard", range: "C4:C6" },
            as: "line",
            axis: "secondary",
          },
        ],
        anchor: { row: 3, column: 5, width: 8, height: 15 },
      },
      {
        id: "tier-share",
        kind: "doughnut",
        title: "Tiers",
        categories: { sheet: "tiers", range: "D2:D4" },
        series: [{ name: "Share", values: { sheet: "tiers", range: "C2:C4" } }],
        anchor: { row: 20, column: 5, width: 6, height: 10 },
      },
    ],
    conditionalFormats: [
      { kind: "color-scale", range: "B4:B6", colors: ["#F8696B", "#FFEB84", "#63BE7B"] },
    ],
    columnWidths: [],
    freeze: { rows: 3, columns: 1 },
  };
  return { sheets: [tiers, dashboard], highlights: [] };
}

/** A results plan of `rows` customers x `columns` columns, like the tiers sheet of a big file. */
export function bigPlan(rows: number, columns: number): WorkbookPlan {
  const header = Array.from({ length: columns }, (_, j) => `列${j + 1}`);
  const formats: PlanTable["formats"] = header.map((_, j) =>
    j % 4 === 1 ? "#,##0.00" : j % 4 === 2 ? "yyyy-mm-dd" : null
  );
  const data: PlanValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: PlanValue[] = new Array<PlanValue>(columns);
    for (let j = 0; j < columns; j++) {
      const k = j % 4;
      row[j] =
        k === 0
          ? `C${String(i).padStart(7, "0")}`
          : k === 1
            ? Math.round((i + j) * 137.31) / 100
            : k === 2
              ? 45_000 + ((i + j) % 700)
              : ["A", "B", "C"][(i + j) % 3];
    }
    data.push(row);
  }
  return {
    sheets: [
      {
        key: "tiers",
        name: "Tiers",
        tables: [
          {
            name: "tiers_customers",
            row: 1,
            column: 1,
            header,
            rows: data,
            formats,
            styledHeader: true,
            autoFilter: true,
          },
        ],
        cells: [],
        charts: [],
        conditionalFormats: [],
        columnWidths: [],
        freeze: { rows: 1, columns: 1 },
      },
    ],
    highlights: [],
  };
}
