import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FileReadError } from "./file-error";
import { readXlsx } from "./read-xlsx";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function fixture(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("客户档案");
  ws.getCell("A1").value = "客户档案 2026-11-01";
  ws.mergeCells("A1:F1");
  ws.getRow(3).values = ["客户编号", "客户名称", "成立日期", "销售额", "网站", "评分"];
  ws.getRow(4).values = [
    "C001",
    { richText: [{ text: "上海华信" }, { text: "精密机械有限公司", font: { bold: true } }] },
    new Date(Date.UTC(2015, 5, 1)),
    { formula: "2*5", result: 10 },
    { text: "官网", hyperlink: "https://example.cn" },
    { error: "#N/A" },
  ];
  ws.getRow(5).values = [
    "C002",
    "北京",
    null,
    { formula: "1/0", result: { error: "#DIV/0!" } },
    { formula: "1+1" },
    3,
  ];
  ws.getRow(6).values = ["C003", "隐藏行"];
  ws.getRow(6).hidden = true;
  const hidden = wb.addWorksheet("说明", { state: "hidden" });
  hidden.getCell("A1").value = "x";
  const veryHidden = wb.addWorksheet("Secret", { state: "veryHidden" });
  veryHidden.getCell("B2").value = 1;
  wb.addWorksheet("Empty");
  return bytesOf(wb);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileReadError) return error.code;
    throw error;
  }
  return "no error";
}

describe("readXlsx", () => {
  it("reads values, cached results, rich text, hyperlinks, errors, dates and merges", async () => {
    const workbook = await readXlsx(await fixture(), "a.xlsx");
    expect(workbook.source).toBe("a.xlsx");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["客户档案", "说明", "Secret", "Empty"]);
    const sheet = workbook.sheets[0];
    expect(sheet.hidden).toBeUndefined();
    expect(sheet.merges).toEqual(["A1:F1"]);
    expect(sheet.rows[0]).toEqual(["客户档案 2026-11-01"]);
    expect(sheet.rows[1]).toEqual([]);
    expect(sheet.rows[2]).toEqual(["客户编号", "客户名称", "成立日期", "销售额", "网站", "评分"]);
    const row4 = sheet.rows[3];
    expect(row4[0]).toBe("C001");
    expect(row4[1]).toBe("上海华信精密机械有限公司");
    expect(row4[2]).toBeInstanceOf(Date);
    expect((row4[2] as Date).toISOString()).toBe("2015-06-01T00:00:00.000Z");
    expect(row4[3]).toBe(10);
    expect(row4[4]).toBe("官网");
    expect(row4[5]).toEqual({ error: "#N/A" });
    expect(sheet.rows[4]).toEqual(["C002", "北京", null, { error: "#DIV/0!" }, null, 3]);
    expect(sheet.hiddenRows).toEqual([6]);
    expect(sheet.rows).toHaveLength(6);
  });

  it("marks hidden and very hidden sheets", async () => {
    const workbook = await readXlsx(await fixture(), "a.xlsx");
    expect(workbook.sheets[1].hidden).toBe(true);
    expect(workbook.sheets[2].hidden).toBe(true);
    expect(workbook.sheets[2].rows).toEqual([[], [null, 1]]);
    expect(workbook.sheets[3].rows).toEqual([]);
  });

  it("gives every merged cell but the top-left as null", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getRow(1).values = ["a", "b", "c"];
    ws.getRow(2).values = ["d", "e", "f"];
    ws.mergeCells("B1:C2");
    const sheet = (await readXlsx(await bytesOf(wb), "m.xlsx")).sheets[0];
    expect(sheet.merges).toEqual(["B1:C2"]);
    expect(sheet.rows).toEqual([["a", "b"], ["d"]]);
  });

  it("takes an ArrayBuffer as well as a Uint8Array view with an offset", async () => {
    const bytes = await fixture();
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 8);
    const fromView = await readXlsx(padded.subarray(8), "a.xlsx");
    const fromBuffer = await readXlsx(bytes.slice().buffer, "a.xlsx");
    expect(fromView.sheets[0].rows[2]).toEqual(fromBuffer.sheets[0].rows[2]);
  });

  it("refuses an empty file", async () => {
    expect(await codeOf(readXlsx(new Uint8Array(), "e.xlsx"))).toBe("empty-file");
  });

  it("refuses an OLE2 file (encrypted .xlsx or .xls) saying to remove the password", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readXlsx(ole, "p.xlsx")).rejects.toMatchObject({ code: "encrypted" });
    await expect(readXlsx(ole, "p.xlsx")).rejects.toThrow(/remove the password/);
  });

  it("refuses random bytes as not a workbook", async () => {
    const noise = Uint8Array.from({ length: 256 }, (_, i) => (i * 73 + 11) % 256);
    expect(await codeOf(readXlsx(noise, "r.xlsx"))).toBe("not-a-workbook");
  });

  it("refuses a zip that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(await codeOf(readXlsx(bytes, "z.xlsx"))).toBe("not-a-workbook");
  });

  it("reports a damaged zip as corrupt with the reason and no stack", async () => {
    const bytes = await fixture();
    const broken = bytes.slice(0, Math.floor(bytes.length / 2));
    try {
      await readXlsx(broken, "broken.xlsx");
      throw new Error("expected a FileReadError");
    } catch (error) {
      expect(error).toBeInstanceOf(FileReadError);
      const e = error as FileReadError;
      expect(e.code).toBe("corrupt");
      expect(e.messages["en-US"]).toMatch(
        /^The file "broken.xlsx" is damaged and cannot be read: \S/
      );
      expect(e.messages["en-US"]).not.toMatch(/\n\s+at /);
    }
  });

  it("reports a workbook whose sheet XML is broken as corrupt", async () => {
    const zip = await JSZip.loadAsync(await fixture());
    zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(await codeOf(readXlsx(bytes, "x.xlsx"))).toBe("corrupt");
  });
});
