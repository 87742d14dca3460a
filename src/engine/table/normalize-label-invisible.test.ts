import { normalizeLabel } from "./normalize-label";

describe("normalizeLabel and invisible format characters (test/fixtures/bad/header-zero-width-and-nbsp.csv)", () => {
  it("drops a zero-width space pasted before a header", () => {
    expect(normalizeLabel("\u200b客户编号")).toBe("客户编号");
  });

  it("drops zero-width joiners and non-joiners, word joiners and a BOM inside a header", () => {
    expect(normalizeLabel("客户\u200c名\u200d称\u2060\ufeff")).toBe("客户名称");
  });

  it("still drops a no-break space", () => {
    expect(normalizeLabel("客户\u00a0名称")).toBe("客户名称");
  });
});
