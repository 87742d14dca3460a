import JSZip from "jszip";
import { addChartsToZip } from "./add-charts-to-zip";
import { applyPlanToXlsx } from "./apply-plan";
import { samplePlan, tiersSheet } from "./sample-plan.test-helper";
import { loadWorkbook, userWorkbook } from "./test-workbooks.test-helper";

const chartXml = `<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`;

/** The user's workbook with their own chart on "Data" and a pivot table on "Tiers". */
async function workbookWithChartAndPivot(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await userWorkbook());
  await addChartsToZip(zip, [
    {
      sheet: "Data",
      charts: [{ xml: chartXml, name: "mine", anchor: { row: 5, column: 1, width: 4, height: 8 } }],
    },
  ]);
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
    const workbook = await loadWorkbook(output);
    expect(workbook.getWorksheet("Data")?.getCell("B2").value).toBe("甲公司");
    expect(workbook.getWorksheet("Tiers (2)")).toBeDefined();
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
