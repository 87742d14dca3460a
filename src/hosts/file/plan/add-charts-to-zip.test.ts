import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addChartsToZip, type PlacedChart } from "./add-charts-to-zip";
import { readRels } from "./package-rels";
import { bytesOf } from "./test-workbooks.test-helper";
import { parseXml } from "./xml-check.test-helper";

const chart = (name: string): PlacedChart => ({
  xml: `<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><!--${name}--></c:chartSpace>`,
  name,
  anchor: { row: 2, column: 3, width: 4, height: 5 },
});

async function workbookZip(withImage = false): Promise<JSZip> {
  const workbook = new ExcelJS.Workbook();
  const first = workbook.addWorksheet("Pics");
  if (withImage) {
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64"
    );
    first.addImage(
      workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }),
      "A1:B2"
    );
  }
  workbook.addWorksheet("看板").getCell("A1").value = 1;
  const other = workbook.addWorksheet("Links");
  other.getCell("A1").value = { text: "site", hyperlink: "https://example.com" };
  return JSZip.loadAsync(await bytesOf(workbook));
}

describe("addChartsToZip", () => {
  it("adds chart parts, one drawing per sheet, rels, the drawing element and content types", async () => {
    const zip = await workbookZip();
    await addChartsToZip(zip, [
      { sheet: "看板", charts: [chart("one"), chart("two")] },
      { sheet: "Pics", charts: [] },
    ]);
    expect(await zip.file("xl/charts/chart2.xml")?.async("string")).toContain("two");
    const sheetRels = await readRels(zip, "xl/worksheets/sheet2.xml");
    expect(sheetRels).toEqual([
      {
        id: "rId1",
        type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
        target: "xl/drawings/drawing1.xml",
        external: false,
      },
    ]);
    expect((await readRels(zip, "xl/drawings/drawing1.xml")).map((r) => r.target)).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
    ]);
    const sheetXml = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    parseXml(sheetXml);
    expect(sheetXml).toContain('<drawing r:id="rId1"/>');
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    parseXml(types);
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
    expect(zip.file("xl/drawings/drawing2.xml")).toBeNull();
  });

  it("numbers its parts after a picture's drawing, and keeps a sheet's other rels", async () => {
    const zip = await workbookZip(true);
    expect(zip.file("xl/drawings/drawing1.xml")).not.toBeNull();
    await addChartsToZip(zip, [{ sheet: "Links", charts: [chart("x")] }]);
    expect(zip.file("xl/drawings/drawing2.xml")).not.toBeNull();
    const rels = await readRels(zip, "xl/worksheets/sheet3.xml");
    expect(rels.map((r) => [r.id, r.external])).toEqual([
      ["rId1", true],
      ["rId2", false],
    ]);
    expect(rels[0].target).toBe("https://example.com");
    expect((await zip.file("xl/worksheets/sheet3.xml")?.async("string")) ?? "").toContain(
      '<drawing r:id="rId2"/>'
    );
  });

  it("refuses a sheet that already has a drawing, and an unknown sheet", async () => {
    const zip = await workbookZip(true);
    await expect(addChartsToZip(zip, [{ sheet: "Pics", charts: [chart("x")] }])).rejects.toThrow(
      "already has a drawing"
    );
    await expect(addChartsToZip(zip, [{ sheet: "Nope", charts: [chart("x")] }])).rejects.toThrow(
      'no sheet "Nope"'
    );
  });
});
