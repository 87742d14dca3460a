import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isFileReadError } from "../file-error";
import { applyPlanToXlsx } from "./apply-plan";
import { isPlanApplyError } from "./plan-apply-error";
import { findRegistrySheet, readRegistry, sheetMarkerKey } from "./exceljs-inspect.test-helper";
import { readRels } from "../xlsx/read-rels";
import { readWorkbookPart } from "../xlsx/read-workbook-part";
import { dashboardSheet, samplePlan, tiersSheet } from "./sample-plan.test-helper";
import { loadWorkbook, partText, userWorkbook } from "./test-workbooks.test-helper";
import { CHART_NS } from "./charts/chart-xml";
import { parseXml, texts, vals } from "./xml-check.test-helper";

async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  // Found through the workbook part and its rels, as the product's own reader finds a sheet.
  const sheets = readWorkbookPart(await partText(bytes, "xl/workbook.xml")).sheets;
  const rels = readRels("xl/workbook.xml", await partText(bytes, "xl/_rels/workbook.xml.rels"));
  const relId = sheets.find((s) => s.name === name)?.relId;
  const path = rels.find((r) => r.id === relId)?.target;
  if (!path) throw new Error(`no sheet ${name}`);
  return partText(bytes, path);
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("applyPlanToXlsx", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    input = await userWorkbook();
    output = await applyPlanToXlsx(input, samplePlan(), {});
    workbook = await loadWorkbook(output);
  });

  it("leaves the user's own Tiers sheet alone and names the output sheet Tiers (2)", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Data",
      "Tiers",
      "Tiers (2)",
      "Dashboard",
      "_tiersheet",
    ]);
    expect(sheet(workbook, "Tiers").getCell("A1").value).toBe("my own notes");
    expect(sheet(workbook, "Tiers").getCell("B2").value).toEqual({ formula: "1+1", result: 2 });
  });

  it("records the output sheets by name and range in the very hidden registry, and marks each", () => {
    const registry = readRegistry(workbook);
    expect(registry?.version).toBe(2);
    expect(registry?.records.map((e) => [e.key, e.name])).toEqual([
      ["tiers", "Tiers (2)"],
      ["dashboard", "Dashboard"],
    ]);
    expect(registry?.records[0].box).toMatch(/^A1:[A-Z]+\d+$/);
    expect(sheetMarkerKey(sheet(workbook, "Tiers (2)"))).toBe("tiers");
    expect(sheetMarkerKey(sheet(workbook, "Dashboard"))).toBe("dashboard");
    expect(sheetMarkerKey(sheet(workbook, "Tiers"))).toBeNull();
    expect(findRegistrySheet(workbook)?.state).toBe("veryHidden");
  });

  it("writes values with their number formats, dates as serials", async () => {
    const ws = sheet(workbook, "Tiers (2)");
    expect(ws.getCell("A2").value).toBe("C001");
    expect(ws.getCell("A2").numFmt).toBe("@");
    expect(ws.getCell("B2").value).toBe(1234.5);
    expect(ws.getCell("B2").numFmt).toBe("#,##0.00");
    expect(ws.getCell("C2").numFmt).toBe("0.0%");
    expect(await sheetXml(output, "Tiers (2)")).toMatch(/<c r="D2" s="\d+"><v>46000<\/v><\/c>/);
    expect(ws.getCell("D2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("B4").value).toBeNull();
  });

  it("writes formula-like text as text with the text format, never as a formula", async () => {
    const ws = sheet(workbook, "Tiers (2)");
    expect(ws.getCell("F2").value).toBe("=SUM(A1)");
    expect(ws.getCell("F3").value).toBe("+86 138");
    expect(ws.getCell("F4").value).toBe("@home");
    expect(ws.getCell("F2").numFmt).toBe("@");
    expect(await sheetXml(output, "Tiers (2)")).not.toMatch(/<f>/);
  });

  it("styles and freezes the header, with an autofilter, widths and a tab colour", () => {
    const ws = sheet(workbook, "Tiers (2)");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBe("A1:F4");
    expect(ws.getColumn(2).width).toBe(14);
    expect(ws.properties.tabColor).toEqual({ argb: "FF4472C4" });
  });

  it("uses the plan's own freeze when it has one", () => {
    expect(sheet(workbook, "Dashboard").views[0]).toMatchObject({
      state: "frozen",
      xSplit: 1,
      ySplit: 0,
    });
  });

  it("writes the traffic light as text equality and the colour scale from min through median to max", async () => {
    const xml = await sheetXml(output, "Tiers (2)");
    expect(xml).toMatch(
      /<conditionalFormatting sqref="E2:E4"><cfRule type="cellIs"[^>]*operator="equal"[^>]*><formula>&quot;A&quot;<\/formula>/
    );
    expect(xml).toMatch(/<conditionalFormatting sqref="B2:B4"><cfRule type="colorScale"/);
    expect(xml).toContain('<cfvo type="percentile" val="50"/>');
    expect(xml).toContain('<color rgb="FF63BE7B"/>');
  });

  it("adds one native chart per planned chart, in a drawing on the dashboard", async () => {
    const zip = await JSZip.loadAsync(output);
    const charts = Object.keys(zip.files)
      .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
      .sort();
    expect(charts).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
    ]);
    const types = await partText(output, "[Content_Types].xml");
    for (const chart of charts) expect(types).toContain(`<Override PartName="/${chart}"`);
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml"');
    const dashboard = await sheetXml(output, "Dashboard");
    expect(dashboard).toMatch(/<drawing r:id="rId\d+"\/>/);
    const pareto = parseXml(await partText(output, "xl/charts/chart1.xml"));
    expect(texts(pareto, CHART_NS, "f")).toEqual([
      "'Dashboard'!$A$4:$A$7",
      "'Dashboard'!$B$4:$B$7",
      "'Dashboard'!$A$4:$A$7",
      "'Dashboard'!$C$4:$C$7",
    ]);
    expect(texts(pareto, CHART_NS, "v")).toContain("C004");
    expect(vals(pareto, CHART_NS, "max")).toEqual(["1"]);
  });

  it("re-applied, replaces its own sheets in place, keeping one set and the user's Tiers", async () => {
    const again = await loadWorkbook(await applyPlanToXlsx(output, samplePlan(), {}));
    expect(again.worksheets.map((ws) => ws.name)).toEqual([
      "Data",
      "Tiers",
      "Tiers (2)",
      "Dashboard",
      "_tiersheet",
    ]);
    expect(sheet(again, "Tiers").getCell("A1").value).toBe("my own notes");
    expect(readRegistry(again)?.records).toHaveLength(2);
    const zip = await JSZip.loadAsync(await applyPlanToXlsx(output, samplePlan(), {}));
    expect(
      Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    ).toHaveLength(4);
  });

  it("finds an output sheet the user renamed by its id, and replaces it", async () => {
    const renamed = await loadWorkbook(output);
    sheet(renamed, "Tiers (2)").name = "分级结果";
    const bytes = new Uint8Array(await renamed.xlsx.writeBuffer());
    const again = await loadWorkbook(
      await applyPlanToXlsx(bytes, { sheets: [tiersSheet()], highlights: [] }, {})
    );
    expect(again.worksheets.map((ws) => ws.name)).toEqual([
      "Data",
      "Tiers",
      "Tiers (2)",
      "Dashboard",
      "_tiersheet",
    ]);
  });

  it("keeps the output sheets a plan does not mention, and still records them", async () => {
    const plan = { sheets: [{ ...tiersSheet(), charts: [] }], highlights: [] };
    // The dashboard's charts would be lost on a partial apply: that is named, so force it here.
    const again = await loadWorkbook(await applyPlanToXlsx(output, plan, { force: true }));
    expect((readRegistry(again)?.records ?? []).map((e) => e.key).sort()).toEqual([
      "dashboard",
      "tiers",
    ]);
    expect(sheet(again, "Dashboard").getCell("A4").value).toBe("C001");
  });

  it("refuses a chart on a sheet the plan does not write, before writing anything", async () => {
    const dashboard = dashboardSheet();
    dashboard.charts[0] = {
      ...dashboard.charts[0],
      categories: { sheet: "credit", range: "A1:A3" },
    };
    const error = await applyPlanToXlsx(input, { sheets: [dashboard], highlights: [] }, {}).catch(
      (e: unknown) => e
    );
    expect(isPlanApplyError(error) && error.code).toBe("invalid-plan");
    expect(isPlanApplyError(error) && error.messages["en-US"]).toContain(
      'chart "pareto" refers to sheet "credit"'
    );
  });

  it("refuses a plan with the same key twice", async () => {
    const error = await applyPlanToXlsx(
      input,
      { sheets: [tiersSheet(), tiersSheet("Other")], highlights: [] },
      {}
    ).catch((e: unknown) => e);
    expect(isPlanApplyError(error) && error.code).toBe("invalid-plan");
  });

  it("gives a FileReadError for bytes that are not a workbook", async () => {
    const empty = await applyPlanToXlsx(new Uint8Array(), samplePlan(), { name: "x.xlsx" }).catch(
      (e: unknown) => e
    );
    expect(isFileReadError(empty) && empty.code).toBe("empty-file");
    const text = await applyPlanToXlsx(
      new TextEncoder().encode("a,b\n1,2"),
      samplePlan(),
      {}
    ).catch((e: unknown) => e);
    expect(isFileReadError(text) && text.code).toBe("not-a-workbook");
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    const notBook = await applyPlanToXlsx(
      await zip.generateAsync({ type: "uint8array" }),
      samplePlan(),
      {}
    ).catch((e: unknown) => e);
    expect(isFileReadError(notBook) && notBook.code).toBe("not-a-workbook");
  });

  it("does not change its input", async () => {
    const before = Uint8Array.from(input);
    await applyPlanToXlsx(input, samplePlan(), {});
    expect(input).toEqual(before);
  });
});
