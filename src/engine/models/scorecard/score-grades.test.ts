import { creditGrade } from "../credit/credit-grade";
import { gradeMinimumsByQuantile } from "./score-grades";

describe("gradeMinimumsByQuantile", () => {
  it("puts each grade's minimum at its type-7 quantile", () => {
    // Scores 0..100 (101 values): the quantile at p is exactly 100 p.
    const scores = Float64Array.from({ length: 101 }, (_, i) => 100 - i);
    const minimums = gradeMinimumsByQuantile(scores);
    const expected = { AAA: 90, AA: 75, A: 55, BBB: 35, BB: 20, B: 10 };
    for (const [grade, minimum] of Object.entries(expected))
      expect(minimums[grade as keyof typeof expected]).toBeCloseTo(minimum, 10);
    expect(creditGrade(90.001, minimums)).toBe("AAA");
    expect(creditGrade(89.99, minimums)).toBe("AA");
    expect(creditGrade(9, minimums)).toBe("C");
  });
});
