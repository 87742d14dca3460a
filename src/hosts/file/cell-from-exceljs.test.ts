import type { CellValue as ExcelJsValue } from "exceljs";
import { cellFromExcelJs } from "./cell-from-exceljs";

describe("cellFromExcelJs", () => {
  it("passes plain values through", () => {
    expect(cellFromExcelJs(null)).toBeNull();
    expect(cellFromExcelJs(undefined)).toBeNull();
    expect(cellFromExcelJs("a")).toBe("a");
    expect(cellFromExcelJs(1.5)).toBe(1.5);
    expect(cellFromExcelJs(false)).toBe(false);
    const d = new Date(Date.UTC(2024, 2, 5));
    expect(cellFromExcelJs(d)).toBe(d);
  });

  it("gives rich text as its text", () => {
    expect(
      cellFromExcelJs({ richText: [{ text: "上海" }, { text: "华信", font: { bold: true } }] })
    ).toBe("上海华信");
  });

  it("gives a hyperlink as its text, also rich", () => {
    expect(cellFromExcelJs({ text: "官网", hyperlink: "https://x.cn" })).toBe("官网");
    const rich = { text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "mailto:a@b.cn" };
    expect(cellFromExcelJs(rich as unknown as ExcelJsValue)).toBe("ab");
  });

  it("gives a formula its cached result, or null without one", () => {
    expect(cellFromExcelJs({ formula: "1+1", result: 2 })).toBe(2);
    expect(cellFromExcelJs({ formula: "A1", result: { error: "#N/A" } })).toEqual({
      error: "#N/A",
    });
    expect(cellFromExcelJs({ formula: "1+1", date1904: false })).toBeNull();
    expect(cellFromExcelJs({ sharedFormula: "A2", result: "x", date1904: false })).toBe("x");
  });

  it("gives an error value as { error }", () => {
    expect(cellFromExcelJs({ error: "#DIV/0!" })).toEqual({ error: "#DIV/0!" });
  });

  it("drops values it cannot show", () => {
    expect(cellFromExcelJs(Number.NaN)).toBeNull();
    expect(cellFromExcelJs(new Date(Number.NaN))).toBeNull();
  });
});
