import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PassThrough } from "stream";
import { prepareXlsxZip } from "./prepare-xlsx-zip";
import { readXlsx } from "./read-xlsx";

/** A sheet with two rows of data, then formatted-but-empty rows down to row `lastRow`. */
async function formattedDownTo(lastRow: number): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => stream.on("end", resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const ws = wb.addWorksheet("客户");
  ws.addRow(["客户编号", "客户名称"]).commit();
  ws.addRow(["C001", "上海华信"]).commit();
  for (let r = 3; r <= lastRow; r++) {
    const row = ws.getRow(r);
    row.height = 15;
    row.getCell(1).numFmt = "0.00";
    row.commit();
  }
  ws.commit();
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

async function sheetXmlLength(bytes: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file("xl/worksheets/sheet1.xml")!.async("string")).length;
}

describe("prepareXlsxZip", () => {
  it("returns the same bytes when there is nothing to drop", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await prepareXlsxZip(bytes, "s.xlsx")).toBe(bytes);
  });

  it("drops a million formatted-but-empty rows before ExcelJS sees them", async () => {
    const bytes = await formattedDownTo(1_000_000);
    expect(await sheetXmlLength(bytes)).toBeGreaterThan(10_000_000);
    const prepared = await prepareXlsxZip(bytes, "big.xlsx");
    expect(await sheetXmlLength(prepared)).toBeLessThan(2_000);
    const workbook = await readXlsx(bytes, "big.xlsx");
    expect(workbook.sheets[0].rows).toEqual([
      ["客户编号", "客户名称"],
      ["C001", "上海华信"],
    ]);
  }, 120_000);
});
