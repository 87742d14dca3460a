import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { applyPlanToXlsx } from "./apply-plan";
import { samplePlan, tiersSheet } from "./sample-plan.test-helper";
import { userWorkbook } from "./test-workbooks.test-helper";
import { readXlsx } from "../read-xlsx";

/**
 * A user's workbook with their own chart, picture, note and table (openpyxl, test/fixtures/xlsx)
 * and a pivot table part on its second sheet.
 */
async function workbookWithChartAndPivot(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(
    readFileSync(join(__dirname, "../../../../test/fixtures/xlsx/corpus-openpyxl.xlsx"))
  );
  zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
  zip.file(
    "xl/worksheets/_rels/sheet2.xml.rels",
    `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`
  );
  return zip.generateAsync({ type: "uint8array" });
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) parts.set(entry.name, await entry.async("uint8array"));
  return parts;
}

describe("applyPlanToXlsx keeps what it does not write", () => {
  it("writes beside a user's chart and pivot table without a word, keeping their parts byte for byte", async () => {
    const input = await workbookWithChartAndPivot();
    const output = await applyPlanToXlsx(input, samplePlan(), {});
    const before = await partsOf(input);
    const after = await partsOf(output);
    const edited = [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ];
    for (const [path, bytes] of before) {
      if (edited.includes(path)) continue;
      expect([path, after.get(path)]).toEqual([path, bytes]);
    }
    // Read back by the product's reader: ExcelJS cannot open openpyxl's chart (issue 14).
    const workbook = await readXlsx(output, "out.xlsx");
    expect(workbook.sheets.find((s) => s.name === "客户档案")?.rows[1][0]).toBe("C001");
    expect(workbook.sheets.some((s) => s.name === "Tiers")).toBe(true);
    expect(before.has("xl/charts/chart1.xml")).toBe(true);
  });

  it("keeps its own charts on sheets a partial plan does not write, and replaces them on those it does", async () => {
    const first = await applyPlanToXlsx(await userWorkbook(), samplePlan(), {});
    const again = await partsOf(await applyPlanToXlsx(first, samplePlan(), {}));
    expect([...again.keys()].filter((p) => /^xl\/charts\//.test(p))).toHaveLength(4);
    const partial = { sheets: [tiersSheet()], highlights: [] };
    const kept = await partsOf(await applyPlanToXlsx(first, partial, {}));
    const charts = [...(await partsOf(first))].filter(([p]) => /^xl\/charts\//.test(p));
    expect(charts).toHaveLength(4);
    for (const [path, bytes] of charts) expect(kept.get(path)).toEqual(bytes);
  });
});
