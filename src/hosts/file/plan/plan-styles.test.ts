import { makePlanStyles } from "./plan-styles";

describe("makePlanStyles", () => {
  const styles = makePlanStyles();
  it("shares one object per format and per look, so ExcelJS ids each once", () => {
    expect(styles.forFormat("0.0%")).toBe(styles.forFormat("0.0%"));
    expect(styles.forFormat("0.0%")).not.toBe(styles.forFormat("#,##0"));
    expect(styles.forCell("title", "0.0%")).toBe(styles.forCell("title", "0.0%"));
  });
  it("gives General no style object", () => {
    expect(styles.forFormat(null)).toBeUndefined();
    expect(styles.forCell(undefined, undefined)).toBeUndefined();
  });
  it("combines a look with a format", () => {
    expect(styles.forCell("label", "#,##0.00")).toMatchObject({
      font: { bold: true, name: "Calibri" },
      numFmt: "#,##0.00",
    });
    expect(styles.forCell("note", undefined)).toMatchObject({ font: { italic: true } });
    expect(styles.forCell("title", undefined)?.font?.size).toBe(14);
  });
  it("has a bold, filled header with a named font", () => {
    expect(styles.header).toMatchObject({
      font: { bold: true, name: "Calibri" },
      fill: { type: "pattern", pattern: "solid" },
    });
    expect(styles.text).toEqual({ numFmt: "@" });
  });
  it("has one empty plain style for cells without a look", () => {
    expect(styles.plain).toEqual({});
    expect(makePlanStyles().plain).not.toBe(styles.plain);
  });
});
