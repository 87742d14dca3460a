import { FORMATS, type PlanSheet, type WorkbookPlan } from "../../../engine/plan/workbook-plan";

/** A tiers sheet: a styled table with money, percent, date and formula-like text, and traffic lights. */
export function tiersSheet(name = "Tiers"): PlanSheet {
  return {
    key: "tiers",
    name,
    tables: [
      {
        name: "tiers_customers",
        row: 1,
        column: 1,
        header: ["客户编号", "Profit", "Share", "Last purchase", "Tier", "Note"],
        rows: [
          ["C001", 1234.5, 0.41, 46000, "A", "=SUM(A1)"],
          ["C002", -20, 0.2, 45900.0, "B", "+86 138"],
          ["C003", null, 0.05, null, "C", "@home"],
        ],
        formats: [FORMATS.text, FORMATS.money, FORMATS.percent, FORMATS.date, null, null],
        styledHeader: true,
        autoFilter: true,
      },
    ],
    cells: [],
    charts: [],
    conditionalFormats: [
      { kind: "text-fill", range: "E2:E4", text: "A", fill: "#C6EFCE", font: "#006100" },
      { kind: "color-scale", range: "B2:B4", colors: ["#F8696B", "#FFEB84", "#63BE7B"] },
    ],
    columnWidths: [12, 14, 10, 14, 8, 20],
    tabColor: "#4472C4",
  };
}

/** A dashboard with one chart of each kind over its own tables. */
export function dashboardSheet(name = "Dashboard"): PlanSheet {
  return {
    key: "dashboard",
    name,
    tables: [
      {
        name: "pareto",
        row: 3,
        column: 1,
        header: ["Customer", "Profit", "Cumulative share"],
        rows: [
          ["C001", 500, 0.5],
          ["C002", 250, 0.75],
          ["C003", 150, 0.9],
          ["C004", 100, 1],
        ],
        formats: [null, FORMATS.money, FORMATS.percent],
        styledHeader: true,
        autoFilter: false,
      },
      {
        name: "tier_share",
        row: 10,
        column: 1,
        header: ["Tier", "Customers", "Profit"],
        rows: [
          ["VIP", 2, 900],
          ["Major", 5, 700],
          ["Ordinary", 12, 300],
          ["Small", 30, 50],
        ],
        formats: [null, FORMATS.count, FORMATS.money],
        styledHeader: true,
        autoFilter: false,
      },
    ],
    cells: [{ row: 1, column: 1, value: "客户分级看板 Dashboard", style: "title" }],
    charts: [
      {
        id: "pareto",
        kind: "pareto",
        title: "Pareto 帕累托",
        categories: { sheet: "dashboard", range: "A4:A7" },
        series: [
          { name: "Profit", values: { sheet: "dashboard", range: "B4:B7" } },
          {
            name: "Cumulative share",
            values: { sheet: "dashboard", range: "C4:C7" },
            as: "line",
            axis: "secondary",
          },
        ],
        anchor: { row: 1, column: 5, width: 8, height: 15 },
      },
      {
        id: "tier-share",
        kind: "doughnut",
        title: "Tier share",
        categories: { sheet: "dashboard", range: "A11:A14" },
        series: [{ name: "Customers", values: { sheet: "dashboard", range: "B11:B14" } }],
        anchor: { row: 1, column: 14, width: 7, height: 15 },
      },
      {
        id: "pyramid",
        kind: "bar",
        title: "Pyramid",
        categories: { sheet: "dashboard", range: "A11:A14" },
        series: [{ name: "Customers", values: { sheet: "dashboard", range: "B11:B14" } }],
        anchor: { row: 17, column: 5, width: 8, height: 15 },
      },
      {
        id: "grades",
        kind: "column",
        title: "Profit by tier",
        categories: { sheet: "dashboard", range: "A11:A14" },
        series: [{ name: "Profit", values: { sheet: "dashboard", range: "C11:C14" } }],
        anchor: { row: 17, column: 14, width: 7, height: 15 },
      },
    ],
    conditionalFormats: [],
    columnWidths: [14, 12, 16],
    freeze: { rows: 0, columns: 1 },
  };
}

/** A plan with a tiers sheet and a dashboard with four charts. */
export function samplePlan(): WorkbookPlan {
  return { sheets: [tiersSheet(), dashboardSheet()], highlights: [] };
}
