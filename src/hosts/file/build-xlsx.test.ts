import ExcelJS from "exceljs";
import type { WorkbookData } from "../../engine/table/sheet";
import { buildXlsx, guessHeaderRow } from "./build-xlsx";
import { readXlsx } from "./read-xlsx";

const sample: WorkbookData = {
  sheets: [
    {
      name: "客户档案",
      merges: ["A1:D1"],
      hiddenRows: [5],
      rows: [
        ["客户档案 2026-11-01", null, null, null],
        [],
        ["客户编号", "客户名称", "成立日期", "备注"],
        ["C001", "上海华信精密机械有限公司", new Date(Date.UTC(2015, 5, 1)), "=SUM(A1)"],
        ["C002", "北京", { error: "#N/A" }, "-5"],
        ["C003", "广州", null, "@x"],
      ],
    },
    { name: "说明", hidden: true, rows: [["x"]] },
  ],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

describe("buildXlsx", () => {
  it("round-trips through readXlsx", async () => {
    const read = await readXlsx(await buildXlsx(sample), "s.xlsx");
    expect(read.sheets[0].rows).toEqual([
      ["客户档案 2026-11-01"],
      [],
      ["客户编号", "客户名称", "成立日期", "备注"],
      ["C001", "上海华信精密机械有限公司", new Date(Date.UTC(2015, 5, 1)), "=SUM(A1)"],
      ["C002", "北京", { error: "#N/A" }, "-5"],
      ["C003", "广州", null, "@x"],
    ]);
    expect(read.sheets[0].merges).toEqual(["A1:D1"]);
    expect(read.sheets[0].hiddenRows).toEqual([5]);
    expect(read.sheets[1].hidden).toBe(true);
    expect(read.sheets[0].hidden).toBeUndefined();
  });

  it("writes formula-like text as text, never a formula", async () => {
    const ws = (await load(await buildXlsx(sample))).getWorksheet("客户档案")!;
    expect(ws.getCell("D4").value).toBe("=SUM(A1)");
    expect(ws.getCell("D4").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("D4").numFmt).toBe("@");
    expect(ws.getCell("D5").numFmt).toBe("@");
    expect(ws.getCell("D6").numFmt).toBe("@");
    expect(ws.getCell("B4").numFmt).not.toBe("@");
  });

  it("formats dates, bolds and freezes the header, sizes columns", async () => {
    const ws = (await load(await buildXlsx(sample))).getWorksheet("客户档案")!;
    expect(ws.getCell("C4").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("A3").font?.bold).toBe(true);
    expect(ws.getCell("A4").font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    // 12 CJK characters = 24 units + 2; the merged title does not widen column A.
    expect(ws.getColumn(2).width).toBe(26);
    expect(ws.getColumn(1).width).toBe(10);
  });

  it("takes a header row given by the caller", async () => {
    const ws = (await load(await buildXlsx(sample, { headerRows: { 客户档案: 4 } }))).getWorksheet(
      "客户档案"
    )!;
    expect(ws.views[0]).toMatchObject({ ySplit: 4 });
  });
});

describe("guessHeaderRow", () => {
  it("takes the earliest row with the most text cells", () => {
    expect(guessHeaderRow(sample.sheets[0])).toBe(3);
    expect(
      guessHeaderRow({
        name: "x",
        rows: [
          ["a", "b"],
          ["c", "d"],
        ],
      })
    ).toBe(1);
  });
  it("finds none in a sheet without two labels in a row", () => {
    expect(guessHeaderRow({ name: "x", rows: [["a"], [1, 2]] })).toBeNull();
  });
});
