import { checkAhp } from "./check-ahp";

describe("checkAhp", () => {
  it("accepts consistent judgements", () => {
    const check = checkAhp([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    expect(check.ok).toBe(true);
  });

  it("refuses CR >= 0.10 with a message in both languages, keeping the result", () => {
    const check = checkAhp([
      [1, 2, 1],
      [1 / 2, 1, 2],
      [1, 1 / 2, 1],
    ]);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.result?.cr).toBeCloseTo(0.187, 3);
    expect(check.message["en-US"]).toBe(
      "The comparisons are too inconsistent: CR = 0.187, which must be below 0.10. Revise the judgements that contradict each other."
    );
    expect(check.message["zh-CN"]).toContain("CR = 0.187，须小于 0.10");
  });

  it("refuses an invalid matrix with its validation message", () => {
    const check = checkAhp([
      [1, 3],
      [3, 1],
    ]);
    expect(check).toMatchObject({ ok: false, result: null });
    expect(!check.ok && check.message["en-US"]).toContain("must be reciprocals");
  });
});
