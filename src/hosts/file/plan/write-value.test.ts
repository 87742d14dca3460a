import ExcelJS from "exceljs";
import { makePlanStyles } from "./plan-styles";
import { isBlankValue, writeValue } from "./write-value";

function freshCell(): ExcelJS.Cell {
  return new ExcelJS.Workbook().addWorksheet("s").getCell("A1");
}

describe("writeValue", () => {
  const styles = makePlanStyles();
  it("writes formula-like strings as strings with the text format", () => {
    for (const text of ["=1+1", "+86", "-5", "@x"]) {
      const cell = freshCell();
      writeValue(cell, text, styles.forFormat("#,##0.00"), styles);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.style).toBe(styles.text);
    }
  });
  it("keeps a styled look (a header) for formula-like text", () => {
    const cell = freshCell();
    writeValue(cell, "-", styles.header, styles);
    expect(cell.style).toBe(styles.header);
  });
  it("gives numbers and ordinary text the shared style object itself", () => {
    const money = styles.forFormat("#,##0.00");
    const cell = freshCell();
    writeValue(cell, 12.5, money, styles);
    expect(cell.value).toBe(12.5);
    expect(cell.style).toBe(money);
    const text = freshCell();
    writeValue(text, "VIP", undefined, styles);
    expect(text.value).toBe("VIP");
    expect(text.numFmt).toBeUndefined();
    expect(text.style).toBe(styles.plain);
  });
  it("writes booleans and leaves blanks alone", () => {
    const cell = freshCell();
    writeValue(cell, false, undefined, styles);
    expect(cell.value).toBe(false);
    const blank = freshCell();
    writeValue(blank, Number.NaN, styles.forFormat("0"), styles);
    expect(blank.value).toBeNull();
    expect(blank.numFmt).toBeUndefined();
  });
  it("calls null and non-finite numbers blank, and 0 and empty text not", () => {
    expect([null, Number.NaN, Infinity].map(isBlankValue)).toEqual([true, true, true]);
    expect([0, "", false].map(isBlankValue)).toEqual([false, false, false]);
  });
});
