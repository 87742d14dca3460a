import { DEFAULT_CREDIT_SETTINGS } from "../../models/credit/credit-settings";
import { fuzzyEvaluate } from "../../models/credit/fuzzy";
import { explainFuzzy } from "./explain-fuzzy";

const grades = DEFAULT_CREDIT_SETTINGS.fuzzyGrades;

describe("explainFuzzy", () => {
  it("gives the winning grade and the membership vector", () => {
    const result = fuzzyEvaluate(
      [
        { points: 90, weight: 0.5 },
        { points: 70, weight: 0.3 },
        { points: 30, weight: 0.2 },
      ],
      grades
    );
    expect(explainFuzzy(result, grades, "en-US")).toBe(
      "Fuzzy evaluation: good (excellent 25%, good 40%, fair 15%, poor 20%)."
    );
    expect(explainFuzzy(result, grades, "zh-CN")).toBe(
      "模糊综合评价：良（优 25%，良 40%，中 15%，差 20%）。"
    );
  });

  it("says when there is no data", () => {
    expect(explainFuzzy(null, grades, "en-US")).toBe("Fuzzy evaluation: no data.");
  });
});
