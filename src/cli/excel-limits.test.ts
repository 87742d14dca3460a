import { checkFitsExcel, EXCEL_COLUMNS } from "./excel-limits";

describe("checkFitsExcel", () => {
  it("accepts a sheet of exactly 16,384 columns", () => {
    const row = new Array(EXCEL_COLUMNS).fill("");
    expect(() =>
      checkFitsExcel({ sheets: [{ name: "s", rows: [row] }] } as never, "f.csv")
    ).not.toThrow();
  });

  it("refuses 16,385 columns in words, in both languages", () => {
    const row = new Array(EXCEL_COLUMNS + 1).fill("");
    try {
      checkFitsExcel({ sheets: [{ name: "wide", rows: [["id"], row] }] } as never, "wide.csv");
      throw new Error("not refused");
    } catch (e) {
      const messages = (e as { messages: Record<string, string> }).messages;
      expect(messages["en-US"]).toBe(
        'wide.csv: sheet "wide" has 16,385 columns, and an Excel sheet holds at most 16,384, so the scored workbook cannot be written as .xlsx. Remove the extra columns, or use --json for the results.'
      );
      expect(messages["zh-CN"]).toContain("有 16,385 列");
    }
  });
});
