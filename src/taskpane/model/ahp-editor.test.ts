import { createAhpEditor, parseJudgement, reciprocalText, setJudgement } from "./ahp-editor";

describe("AHP editor", () => {
  it("starts with every pair equal: equal weights, CR 0, accepted", () => {
    const s = createAhpEditor(["A", "B", "C"]);
    expect(s.check?.ok).toBe(true);
    expect(s.check?.result?.weights.map((w) => Number(w.toFixed(4)))).toEqual([
      0.3333, 0.3333, 0.3333,
    ]);
    expect(s.check?.result?.cr).toBe(0);
  });

  it("keeps the matrix reciprocal and recomputes CR as a cell is typed", () => {
    let s = createAhpEditor(["A", "B", "C"]);
    s = setJudgement(s, 0, 1, "3");
    expect(s.matrix?.[1][0]).toBeCloseTo(1 / 3);
    // A = 3B, B = 3C but C = 3A contradicts: CR far above 0.10, refused with a message.
    s = setJudgement(s, 1, 2, "3");
    s = setJudgement(s, 0, 2, "1/3");
    expect(s.check?.ok).toBe(false);
    expect(s.check?.result?.cr).toBeGreaterThan(0.1);
    if (s.check && !s.check.ok) expect(s.check.message["en-US"]).toMatch(/CR = /);
    // A consistent set: A = 3B, B = 3C, A = 9C.
    s = setJudgement(s, 0, 2, "9");
    expect(s.check?.ok).toBe(true);
    expect(s.check?.result?.cr).toBeCloseTo(0, 6);
  });

  it("mirrors a value typed below the diagonal into the upper cell", () => {
    const s = setJudgement(createAhpEditor(["A", "B"]), 1, 0, "5");
    expect(s.texts[0][1]).toBe("1/5");
    expect(s.matrix?.[0][1]).toBeCloseTo(0.2);
  });

  it("has no verdict while a cell is not a positive number", () => {
    const s = setJudgement(createAhpEditor(["A", "B", "C"]), 0, 2, "abc");
    expect(s.matrix).toBeNull();
    expect(s.check).toBeNull();
    expect(s.invalid).toEqual([[0, 2]]);
  });

  it("passes an off-scale value to the engine, which refuses it", () => {
    const s = setJudgement(createAhpEditor(["A", "B"]), 0, 1, "12");
    expect(s.check?.ok).toBe(false);
  });

  it("reads fractions, decimals and full-width digits", () => {
    expect(parseJudgement("1/3")).toBeCloseTo(1 / 3);
    expect(parseJudgement("0.2")).toBe(0.2);
    expect(parseJudgement("５")).toBe(5);
    expect(parseJudgement("0")).toBeNull();
    expect(parseJudgement("-2")).toBeNull();
    expect(parseJudgement("")).toBeNull();
  });

  it("writes reciprocals as Saaty fractions", () => {
    expect(reciprocalText(3)).toBe("1/3");
    expect(reciprocalText(1 / 7)).toBe("7");
    expect(reciprocalText(2.5)).toBe("0.4");
  });
});
