import { compareIds } from "./compare-ids";

describe("compareIds", () => {
  it("orders plain ids by code point, prefix first", () => {
    expect(compareIds("C001", "C002")).toBeLessThan(0);
    expect(compareIds("C010", "C002")).toBeGreaterThan(0);
    expect(compareIds("C01", "C010")).toBeLessThan(0);
    expect(compareIds("B", "a")).toBeLessThan(0);
    expect(compareIds("same", "same")).toBe(0);
  });

  it("puts a character beyond U+FFFF after U+FF01, unlike code-unit order", () => {
    const astral = "\u{1F600}";
    const fullWidth = "\uFF01";
    expect(astral < fullWidth).toBe(true);
    expect(compareIds(astral, fullWidth)).toBeGreaterThan(0);
    expect(compareIds(fullWidth, astral)).toBeLessThan(0);
  });

  it("compares two astral characters by their code points", () => {
    expect(compareIds("\u{1F600}", "\u{1F601}")).toBeLessThan(0);
    expect(compareIds("客户B", "客户A")).toBeGreaterThan(0);
  });
});
