import ExcelJS from "exceljs";
import JSZip from "jszip";
import { deferredTables } from "./deferred-tables";
import { makePlanStyles } from "./plan-styles";
import { tiersSheet } from "./sample-plan.test-helper";
import { writePackage } from "./write-package";
import { writePlanSheet } from "./write-plan-sheet";
import * as zlib from "node:zlib";

function workbookWithRows(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  for (let r = 1; r <= 200; r++) sheet.getRow(r).values = [r, `customer ${r}`];
  return workbook;
}

const CHART_XML =
  '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';

async function methodsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const methods: Record<string, string> = {};
  zip.forEach((path, file) => {
    if (file.dir) return;
    // JSZip keeps the method it read in a member its typings do not show.
    const data = (file as unknown as { _data: { compression: { magic: string } } })._data;
    methods[path] = data.compression.magic === "\x08\x00" ? "DEFLATE" : "STORE";
  });
  return methods;
}

describe("writePackage", () => {
  it("deflates a package without charts", async () => {
    const bytes = await writePackage(workbookWithRows(), [{ sheet: "Data", charts: [] }]);
    expect((await methodsOf(bytes))["xl/worksheets/sheet1.xml"]).toBe("DEFLATE");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes.slice().buffer);
    expect(back.getWorksheet("Data")?.getCell("B200").value).toBe("customer 200");
  });
  it("adds charts and deflates the parts ExcelJS stored", async () => {
    const bytes = await writePackage(workbookWithRows(), [
      {
        sheet: "Data",
        charts: [
          { xml: CHART_XML, name: "c", anchor: { row: 1, column: 4, width: 5, height: 10 } },
        ],
      },
    ]);
    const methods = await methodsOf(bytes);
    expect(methods["xl/worksheets/sheet1.xml"]).toBe("DEFLATE");
    expect(methods["xl/charts/chart1.xml"]).toBe("DEFLATE");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes.slice().buffer);
    expect(back.getWorksheet("Data")?.getCell("A200").value).toBe(200);
  });
});

describe("writePackage with a native compressor", () => {
  it("deflates every part with it, charts or none", async () => {
    const used: number[] = [];
    const compressor = {
      deflateRaw: (data: Uint8Array) => {
        used.push(data.length);
        return zlib.deflateRawSync(data, { level: 1 });
      },
      crc32: (data: Uint8Array) => zlib.crc32(data),
    };
    const bytes = await writePackage(
      workbookWithRows(),
      [{ sheet: "Data", charts: [] }],
      [],
      compressor
    );
    const methods = await methodsOf(bytes);
    expect(methods["xl/worksheets/sheet1.xml"]).toBe("DEFLATE");
    expect(used.length).toBe(Object.keys(methods).length);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)[0]).toBe("[Content_Types].xml");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes.slice().buffer);
    expect(back.getWorksheet("Data")?.getCell("B200").value).toBe("customer 200");
  });
});

describe("writePackage with deferred table bodies", () => {
  async function written(defer: boolean): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    const sheet = tiersSheet();
    sheet.tables[0].rows.push(["C004", "", 0, null, "", "x"]);
    const worksheet = workbook.addWorksheet(sheet.name);
    const tables = defer ? deferredTables(sheet) : [];
    writePlanSheet(worksheet, sheet, makePlanStyles(), new Set(tables));
    const bytes = await writePackage(workbook, [], [{ sheet: worksheet.name, tables }]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes.slice().buffer);
    return back.getWorksheet(sheet.name)!;
  }
  function cells(worksheet: ExcelJS.Worksheet): unknown[] {
    const seen: unknown[] = [];
    worksheet.eachRow((row) =>
      row.eachCell((cell) =>
        seen.push([cell.address, cell.type, cell.value, cell.numFmt ?? null, cell.font ?? null])
      )
    );
    return seen;
  }

  it("reads back exactly as the same table written through ExcelJS", async () => {
    const direct = await written(false);
    const deferred = await written(true);
    expect(cells(deferred)).toEqual(cells(direct));
    expect(cells(deferred)).toHaveLength(27);
    expect(deferred.getCell("F2").numFmt).toBe("@");
    expect(deferred.getCell("B2").numFmt).toBe("#,##0.00");
    expect(deferred.getCell("E5").value).toBe("");
  });

  it("puts the bodies of two tables on one sheet each in its own place", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = tiersSheet();
    const first = sheet.tables[0];
    const second = {
      ...first,
      name: "second",
      row: first.row + first.rows.length + 3,
      rows: first.rows.map((r) => [`${String(r[0])}-2`, ...r.slice(1)]),
    };
    // Listed before the table above it: the bodies must still land in row order.
    sheet.tables.unshift(second);
    const worksheet = workbook.addWorksheet(sheet.name);
    const tables = deferredTables(sheet);
    expect(tables).toHaveLength(2);
    writePlanSheet(worksheet, sheet, makePlanStyles(), new Set(tables));
    const bytes = await writePackage(workbook, [], [{ sheet: worksheet.name, tables }]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes.slice().buffer);
    const read = back.getWorksheet(sheet.name)!;
    first.rows.forEach((r, i) => {
      expect(read.getCell(first.row + 1 + i, first.column).value).toBe(r[0]);
      expect(read.getCell(second.row + 1 + i, first.column).value).toBe(`${String(r[0])}-2`);
    });
  });
});
