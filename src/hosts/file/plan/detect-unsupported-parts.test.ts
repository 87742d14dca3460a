import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addChartsToZip } from "./add-charts-to-zip";
import { detectUnsupportedParts, unsupportedPartsMessage } from "./detect-unsupported-parts";
import { bytesOf } from "./test-workbooks.test-helper";

const PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
);

async function zipOf(workbook: ExcelJS.Workbook): Promise<JSZip> {
  return JSZip.loadAsync(await bytesOf(workbook));
}

async function twoSheets(): Promise<JSZip> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("销售").getCell("A1").value = 1;
  workbook.addWorksheet("Other").getCell("A1").value = 2;
  return zipOf(workbook);
}

const chartXml = `<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`;

describe("detectUnsupportedParts", () => {
  it("finds nothing in a plain workbook, nor in one with a picture (ExcelJS keeps pictures)", async () => {
    expect(await detectUnsupportedParts(await twoSheets())).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Pics");
    const image = workbook.addImage({
      buffer: PIXEL_PNG as unknown as ExcelJS.Buffer,
      extension: "png",
    });
    sheet.addImage(image, "B2:C3");
    const zip = await zipOf(workbook);
    expect(Object.keys(zip.files).some((p) => p.startsWith("xl/drawings/"))).toBe(true);
    expect(await detectUnsupportedParts(zip)).toEqual([]);
  });

  it("names a chart with the sheet it sits on, in both languages", async () => {
    const zip = await twoSheets();
    await addChartsToZip(zip, [
      {
        sheet: "销售",
        charts: [{ xml: chartXml, name: "c", anchor: { row: 1, column: 1, width: 2, height: 2 } }],
      },
    ]);
    const [part] = await detectUnsupportedParts(zip);
    expect(part.kind).toBe("chart");
    expect(part.sheets).toEqual(["销售"]);
    expect(part.paths).toEqual(["xl/charts/chart1.xml"]);
    expect(part.messages["en-US"]).toBe('charts (sheet "销售")');
    expect(part.messages["zh-CN"]).toBe("图表（工作表“销售”）");
  });

  it("does not count a chart on a sheet being replaced, but does count one elsewhere", async () => {
    const zip = await twoSheets();
    const chart = { xml: chartXml, name: "c", anchor: { row: 1, column: 1, width: 2, height: 2 } };
    await addChartsToZip(zip, [{ sheet: "销售", charts: [chart] }]);
    expect(await detectUnsupportedParts(zip, { replacedSheets: new Set(["销售"]) })).toEqual([]);
    await addChartsToZip(zip, [{ sheet: "Other", charts: [chart] }]);
    const parts = await detectUnsupportedParts(zip, { replacedSheets: new Set(["销售"]) });
    expect(parts.map((p) => [p.kind, p.sheets, p.paths])).toEqual([
      ["chart", ["Other"], ["xl/charts/chart2.xml"]],
    ]);
  });

  it("names pivot tables, macros, slicers, external links, add-in data and custom XML", async () => {
    const zip = await twoSheets();
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    zip.file("xl/pivotCache/pivotCacheDefinition1.xml", "<pivotCacheDefinition/>");
    zip.file(
      "xl/worksheets/_rels/sheet2.xml.rels",
      `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`
    );
    zip.file("xl/vbaProject.bin", "macro");
    zip.file("xl/slicers/slicer1.xml", "<slicers/>");
    zip.file("xl/externalLinks/externalLink1.xml", "<externalLink/>");
    zip.file("xl/webextensions/webextension1.xml", "<we/>");
    zip.file("customXml/item1.xml", "<x/>");
    const parts = await detectUnsupportedParts(zip);
    expect(parts.map((p) => p.kind)).toEqual([
      "pivot-table",
      "macros",
      "slicer",
      "external-link",
      "add-in-data",
      "custom-xml",
    ]);
    expect(parts[0].sheets).toEqual(["Other"]);
    expect(parts[0].paths).toEqual([
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
    ]);
    const message = unsupportedPartsMessage(parts);
    expect(message["en-US"]).toContain(
      'pivot tables (sheet "Other"); macros (VBA); slicers; external links'
    );
    expect(message["en-US"]).toContain("force it");
    expect(message["zh-CN"]).toContain("数据透视表（工作表“Other”）；宏（VBA）");
  });

  it("names shapes in a drawing, chart sheets and sparklines", async () => {
    const zip = await twoSheets();
    zip.file(
      "xl/drawings/drawing1.xml",
      `<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>`
    );
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`
    );
    const sheet2 = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    zip.file(
      "xl/worksheets/sheet2.xml",
      sheet2.replace(
        "</worksheet>",
        "<extLst><ext><x14:sparklineGroups/></ext></extLst></worksheet>"
      )
    );
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file(
      "xl/workbook.xml",
      workbookXml.replace("</sheets>", `<sheet name="Chart1" sheetId="9" r:id="rId99"/></sheets>`)
    );
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rId99" Type="cs" Target="chartsheets/sheet1.xml"/></Relationships>`
      )
    );
    zip.file("xl/chartsheets/sheet1.xml", "<chartsheet/>");
    const parts = await detectUnsupportedParts(zip);
    expect(parts.map((p) => [p.kind, p.sheets])).toEqual([
      ["chartsheet", ["Chart1"]],
      ["shape", ["销售"]],
      ["sparkline", ["Other"]],
    ]);
  });
});
