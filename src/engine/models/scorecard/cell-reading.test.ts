import { categoryCell, numericCell } from "./cell-reading";

describe("numericCell", () => {
  it("reads numbers and number text, NaN for nothing, null for other text", () => {
    expect(numericCell(12)).toBe(12);
    expect(numericCell(" 1,234.5 ")).toBe(1234.5);
    expect(numericCell("1.2万")).toBe(12000);
    expect(numericCell(null)).toBeNaN();
    expect(numericCell("  ")).toBeNaN();
    expect(numericCell({ error: "#N/A" })).toBeNaN();
    expect(numericCell(undefined)).toBeNaN();
    expect(numericCell("own")).toBeNull();
    expect(numericCell(true)).toBeNull();
  });
});

describe("categoryCell", () => {
  it("reads the text trimmed, null for nothing", () => {
    expect(categoryCell(" own ")).toBe("own");
    expect(categoryCell(4)).toBe("4");
    expect(categoryCell("")).toBeNull();
    expect(categoryCell({ error: "#DIV/0!" })).toBeNull();
  });
});
