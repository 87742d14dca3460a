import ExcelJS from "exceljs";
import { applyPlanToXlsx } from "./apply-plan";
import { samplePlan } from "./sample-plan.test-helper";
import { bytesOf, loadWorkbook } from "./test-workbooks.test-helper";

/** A user's workbook with what must survive: formulas with results, merges, formats, hidden things, CJK names. */
async function richWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const main = workbook.addWorksheet("客户档案");
  main.getCell("A1").value = "2026 年客户档案";
  main.mergeCells("A1:E1");
  main.addRow([]);
  main.getRow(3).values = ["客户编号", "客户名称", "累计销售额", "首次交易日期", "毛利率", "翻倍"];
  const rows: [string, string, number, Date, number][] = [
    ["C001", "甲公司", 1234.5, new Date(Date.UTC(2024, 2, 5)), 0.25],
    ["C002", "乙公司", 99, new Date(Date.UTC(2023, 11, 31)), 0.1],
    ["C003", "=丙公司", 0, new Date(Date.UTC(2020, 0, 1)), -0.05],
  ];
  rows.forEach((values, i) => {
    const r = 4 + i;
    main.getRow(r).values = values;
    main.getCell(r, 3).numFmt = "#,##0.00";
    main.getCell(r, 4).numFmt = "yyyy-mm-dd";
    main.getCell(r, 5).numFmt = "0.0%";
    main.getCell(r, 6).value = { formula: `C${r}*2`, result: values[2] * 2 };
  });
  main.getCell("A8").value = "合计";
  main.mergeCells("A8:B8");
  main.getCell("C8").value = { formula: "SUM(C4:C6)", result: 1333.5 };
  main.getCell("C8").numFmt = "#,##0.00";
  main.getCell("D8").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  main.getCell("E8").value = true;
  main.getCell("A7").value = "C999 (hidden row)";
  main.getRow(7).hidden = true;
  main.getColumn(2).width = 24;
  const hidden = workbook.addWorksheet("参数 (hidden)", { state: "hidden" });
  hidden.getCell("A1").value = "threshold";
  hidden.getCell("B1").value = 0.8;
  hidden.getCell("B1").numFmt = "0%";
  hidden.getCell("B2").value = { formula: "B1*100", result: 80 };
  const tiers = workbook.addWorksheet("Tiers");
  tiers.getCell("A1").value = "my own tiers";
  tiers.mergeCells("A1:C2");
  return bytesOf(workbook);
}

interface CellFacts {
  address: string;
  type: ExcelJS.ValueType;
  value: unknown;
  formula: string | undefined;
  numFmt: string | undefined;
}

function factsOf(sheet: ExcelJS.Worksheet): CellFacts[] {
  const facts: CellFacts[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      facts.push({
        address: cell.address,
        type: cell.type,
        value: cell.value,
        formula: cell.formula,
        numFmt: cell.numFmt,
      });
    });
  });
  return facts;
}

function mergesOf(sheet: ExcelJS.Worksheet): string[] {
  return [...sheet.model.merges].sort();
}

describe("applying a plan keeps every original sheet as it was", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    const input = await richWorkbook();
    before = await loadWorkbook(input);
    after = await loadWorkbook(await applyPlanToXlsx(input, samplePlan(), {}));
  });

  it("keeps the sheets, their order and hidden state", () => {
    const originals = before.worksheets.map((ws) => [ws.name, ws.state]);
    expect(after.worksheets.slice(0, originals.length).map((ws) => [ws.name, ws.state])).toEqual(
      originals
    );
    expect(originals).toContainEqual(["参数 (hidden)", "hidden"]);
  });

  it("keeps every cell's value, formula, cached result and number format", () => {
    for (const sheet of before.worksheets) {
      const copy = after.getWorksheet(sheet.name);
      if (!copy) throw new Error(`lost sheet ${sheet.name}`);
      const facts = factsOf(sheet);
      expect(facts.length).toBeGreaterThan(0);
      expect(factsOf(copy)).toEqual(facts);
    }
  });

  it("checks cells that matter: a formula with its result, a date, an error, text that looks like a formula", () => {
    const copy = after.getWorksheet("客户档案");
    expect(copy?.getCell("C8").value).toEqual({ formula: "SUM(C4:C6)", result: 1333.5 });
    expect(copy?.getCell("D4").value).toEqual(new Date(Date.UTC(2024, 2, 5)));
    expect(copy?.getCell("D4").numFmt).toBe("yyyy-mm-dd");
    expect(copy?.getCell("D8").value).toEqual({ error: "#N/A" });
    expect(copy?.getCell("B6").value).toBe("=丙公司");
  });

  it("keeps merged ranges, hidden rows and column widths", () => {
    for (const sheet of before.worksheets) {
      const copy = after.getWorksheet(sheet.name);
      expect(copy && mergesOf(copy)).toEqual(mergesOf(sheet));
    }
    expect(mergesOf(before.getWorksheet("客户档案") as ExcelJS.Worksheet)).toEqual([
      "A1:E1",
      "A8:B8",
    ]);
    expect(before.getWorksheet("客户档案")?.getRow(7).hidden).toBe(true);
    expect(after.getWorksheet("客户档案")?.getRow(7).hidden).toBe(true);
    expect(after.getWorksheet("客户档案")?.getColumn(2).width).toBe(24);
  });
});
