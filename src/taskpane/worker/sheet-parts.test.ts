import type { WorkbookData } from "../../engine/table/sheet";
import { joinWorkbook, ROWS_PER_PART, splitWorkbook } from "./sheet-parts";

describe("a workbook crossing to the worker in parts", () => {
  const big = Array.from({ length: 2 * ROWS_PER_PART + 1 }, (_, i) => [`C${i}`, i, new Date(i)]);
  const workbook: WorkbookData = {
    source: "c.csv",
    sheets: [
      { name: "客户档案", rows: big, merges: ["A1:C1"], ragged: true },
      { name: "Empty", rows: [], hidden: true },
      { name: "交易明细", rows: [["客户编号"], ["C1"]] },
    ],
  };

  it("sends each sheet's rows in parts of at most ROWS_PER_PART, and the sheets without rows", () => {
    const { head, parts } = splitWorkbook(workbook, 9);
    expect(parts.map((p) => [p.id, p.sheet, p.rows.length])).toEqual([
      [9, 0, ROWS_PER_PART],
      [9, 0, ROWS_PER_PART],
      [9, 0, 1],
      [9, 2, 2],
    ]);
    expect(head.sheets.map((s) => s.rows.length)).toEqual([0, 0, 0]);
    expect(head.sheets[0].merges).toEqual(["A1:C1"]);
  });

  it("gives the same workbook back, rows in order, after the structured clone", () => {
    const { head, parts } = splitWorkbook(workbook, 1);
    const back = joinWorkbook(
      structuredClone(head),
      parts.map((p) => structuredClone(p))
    );
    expect(back.sheets.map((s) => s.rows.length)).toEqual([big.length, 0, 2]);
    expect(back.sheets[0].rows[ROWS_PER_PART + 3][0]).toBe(`C${ROWS_PER_PART + 3}`);
    expect(JSON.stringify(back)).toBe(JSON.stringify(workbook));
  });
});
