import { dayFromIso } from "../day";
import { makeSample } from "../sample/make-sample";
import { scoreWorkbook, type ScoreRun } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import { buildHandoutSheet, handoutBlocks } from "./build-handout-sheet";
import { FORMATS, type PlanCell, type PlanSheet } from "./workbook-plan";

const asOf = dayFromIso("2026-11-01")!;

function sampleRun(): ScoreRun {
  const { workbook } = makeSample({ kind: "enterprise", rows: 80, seed: 7, asOf, messy: false });
  return scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
}

const run = sampleRun();
const CONCEPTS = ["pareto", "pyramid", "key", "rfm", "lifecycle", "credit", "altman"];

function at(sheet: PlanSheet, row: number, column: number): PlanCell | undefined {
  return sheet.cells.find((c) => c.row === row && c.column === column);
}

/** The figure value written beside the label `label` (column E of the same row). */
function figure(sheet: PlanSheet, label: string): PlanCell["value"] | undefined {
  const labelCell = sheet.cells.find((c) => c.style === "label" && c.value === label);
  return labelCell ? at(sheet, labelCell.row, 5)?.value : undefined;
}

describe("buildHandoutSheet", () => {
  const sheet = buildHandoutSheet(run, "en-US");
  const titles = sheet.cells.filter((c) => c.style === "title");

  it("has one titled block per concept, each with two explanation lines below its title", () => {
    expect(handoutBlocks(run, "en-US").map((b) => b.id)).toEqual(CONCEPTS);
    expect(titles).toHaveLength(CONCEPTS.length);
    for (const title of titles) {
      expect(at(sheet, title.row + 1, 1)?.style).toBe("note");
      expect(at(sheet, title.row + 2, 1)?.style).toBe("note");
      expect(String(at(sheet, title.row + 1, 1)?.value).length).toBeGreaterThan(10);
    }
  });

  it("writes the engine's own figures", () => {
    const s = run.tiers;
    expect(figure(sheet, "A customers")).toBe(s.abc.counts.A);
    expect(figure(sheet, "A share of value")).toBe(s.abc.valueShares.A);
    expect(figure(sheet, "C customers")).toBe(s.abc.counts.C);
    expect(figure(sheet, "Loss-making customers")).toBe(s.totals.lossMaking);
    expect(figure(sheet, "VIP")).toBe(s.pyramid.counts.VIP);
    expect(figure(sheet, "High-value customers")).toBe(s.keyCustomers.highValue);
    expect(figure(sheet, "Customers with RFM scores")).toBe(s.totals.rfmScored);
    expect(figure(sheet, "Churn alerts")).toBe(s.churnAlerts);
    expect(figure(sheet, "Grade AAA")).toBe(run.credit.grades.AAA ?? 0);
    expect(figure(sheet, "Red")).toBe(run.credit.lights.red);
    expect(figure(sheet, "Safe zone")).toBe(run.credit.altmanZones.safe ?? 0);
    const total = sheet.cells.find((c) => String(c.value).startsWith("Total value"));
    expect(at(sheet, total!.row, 5)).toMatchObject({
      value: s.totals.totalValue,
      format: FORMATS.money,
    });
  });

  it("lists every RFM segment the run found, with its count", () => {
    for (const [segment, n] of Object.entries(run.tiers.segments))
      expect(figure(sheet, segment)).toBe(n);
  });

  it("explains with the run's own settings (the ABC line names the A share)", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      tiers: { ...DEFAULT_SETTINGS.tiers, abc: { aShare: 0.7, bShare: 0.9 } },
    };
    const other = buildHandoutSheet({ ...run, settings }, "en-US");
    expect(String(at(other, titles[0].row + 1, 1)?.value)).toContain("70%");
    expect(String(at(sheet, titles[0].row + 1, 1)?.value)).toContain("80%");
  });

  it("keeps to columns A-F", () => {
    expect(Math.max(...sheet.cells.map((c) => c.column))).toBeLessThanOrEqual(6);
    expect(sheet.columnWidths).toHaveLength(6);
  });

  it("prints on A4 portrait, one page wide, with a page break before every concept but the first", () => {
    const lastRow = Math.max(...sheet.cells.map((c) => c.row));
    expect(sheet.print).toEqual({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      printArea: `A1:F${lastRow}`,
      rowBreaks: titles.slice(1).map((t) => t.row - 1),
    });
    // Each break falls on an empty row, right after the previous concept's last figure.
    for (const row of sheet.print!.rowBreaks!)
      expect(sheet.cells.some((c) => c.row === row)).toBe(false);
  });

  it("is keyed and named for the handout, in the language asked", () => {
    expect(sheet.key).toBe("handout");
    expect(sheet.name).toBe("Handout");
    const zh = buildHandoutSheet(run, "zh-CN");
    expect(zh.name).toBe("讲义");
    expect(zh.cells.filter((c) => c.style === "title")[0].value).toBe("帕累托 / ABC 分类");
    expect(zh.cells.length).toBe(sheet.cells.length);
  });
});
