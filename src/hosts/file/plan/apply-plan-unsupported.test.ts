import JSZip from "jszip";
import { addChartsToZip } from "./add-charts-to-zip";
import { applyPlanToXlsx } from "./apply-plan";
import { isPlanApplyError } from "./plan-apply-error";
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

describe("applyPlanToXlsx with parts ExcelJS cannot carry over", () => {
  it("refuses without force, naming each part and its sheet", async () => {
    const error = await applyPlanToXlsx(await workbookWithChartAndPivot(), samplePlan(), {}).catch(
      (e: unknown) => e
    );
    expect(isPlanApplyError(error) && error.code).toBe("unsupported-parts");
    if (!isPlanApplyError(error)) return;
    expect(error.messages["en-US"]).toContain(
      'charts (sheet "Data"); pivot tables (sheet "Tiers")'
    );
    expect(error.messages["zh-CN"]).toContain("图表（工作表“Data”）；数据透视表（工作表“Tiers”）");
  });

  it("goes on with force, keeping the cells", async () => {
    const output = await applyPlanToXlsx(await workbookWithChartAndPivot(), samplePlan(), {
      force: true,
    });
    const workbook = await loadWorkbook(output);
    expect(workbook.getWorksheet("Data")?.getCell("B2").value).toBe("甲公司");
    expect(workbook.getWorksheet("Tiers (2)")).toBeDefined();
  });

  it("does not count its own charts on the sheets it replaces, but names them on sheets it keeps", async () => {
    const first = await applyPlanToXlsx(await userWorkbook(), samplePlan(), {});
    await expect(applyPlanToXlsx(first, samplePlan(), {})).resolves.toBeInstanceOf(Uint8Array);
    const partial = { sheets: [tiersSheet()], highlights: [] };
    const error = await applyPlanToXlsx(first, partial, {}).catch((e: unknown) => e);
    expect(isPlanApplyError(error) && error.messages["en-US"]).toContain(
      'charts (sheet "Dashboard")'
    );
  });
});
