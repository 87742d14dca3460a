import { creditGrade } from "./credit-grade";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";

describe("creditGrade", () => {
  const minimums = DEFAULT_CREDIT_SETTINGS.gradeMinimums;

  it("gives each grade from its minimum, inclusive", () => {
    expect([100, 90, 80, 70, 60, 50, 40].map((s) => creditGrade(s, minimums))).toEqual([
      "AAA",
      "AAA",
      "AA",
      "A",
      "BBB",
      "BB",
      "B",
    ]);
  });

  it("uses the exact score, not the rounded one", () => {
    expect(creditGrade(59.9997, minimums)).toBe("BB");
    expect(creditGrade(89.99, minimums)).toBe("AA");
    expect(creditGrade(39.9999, minimums)).toBe("C");
    expect(creditGrade(0, minimums)).toBe("C");
  });

  it("follows changed minimums", () => {
    expect(creditGrade(85, { ...minimums, AAA: 85 })).toBe("AAA");
  });
});
