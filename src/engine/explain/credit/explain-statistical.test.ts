import { DEFAULT_CREDIT_SETTINGS } from "../../models/credit/credit-settings";
import { emptyCustomer } from "../../models/empty-customer";
import { handTable } from "../../models/hand-table.test-helper";
import { statisticalCreditScorer } from "../../models/scorecard/statistical-credit";
import { explainCredit } from "./explain-credit";
import { explainStatistical } from "./explain-statistical";

const bin = (
  label: string,
  lower: number | null,
  upper: number | null,
  categories: string[],
  points: number
) => ({
  label,
  lower,
  upper,
  categories,
  missing: false,
  woe: 0,
  points,
});
const settings = {
  ...DEFAULT_CREDIT_SETTINGS,
  method: "statistical" as const,
  statistical: {
    target: "bad",
    intercept: -1,
    basePoints: 450.4,
    scale: { points0: 600, odds0: 1 / 19, pdo: 50 },
    gradeMinimums: { AAA: 520, AA: 500, A: 480, BBB: 460, BB: 440, B: 420 },
    variables: [
      {
        name: "age",
        kind: "numeric" as const,
        coefficient: 1,
        bins: [bin("[-inf,30)", null, 30, [], -17), bin("[30,inf)", 30, null, [], 12)],
      },
      {
        name: "housing",
        kind: "categorical" as const,
        coefficient: 1,
        bins: [bin("own", null, null, ["own"], 14)],
      },
    ],
  },
};
const table = handTable(
  "S",
  ["customer_id", "age", "housing"],
  [
    ["C1", 25, "own"],
    ["C2", 41, "boat"],
  ]
);
const score = statisticalCreditScorer(settings, table);

describe("explainStatistical", () => {
  it("adds up the base and each variable's points", () => {
    const result = score(emptyCustomer("C1", 2), 0);
    expect(explainStatistical(result, "en-US")).toBe(
      "Grade BB (447) = base 450 - 17 age [-inf,30) + 14 housing own"
    );
    expect(explainStatistical(result, "zh-CN")).toBe(
      "等级 BB（447 分）= 基础分 450 - 17 age [-inf,30) + 14 housing own"
    );
    expect(explainCredit(result, "en-US")).toBe(explainStatistical(result, "en-US"));
  });

  it("shows a variable without data at 0", () => {
    const result = score(emptyCustomer("C2", 3), 0);
    expect(explainStatistical(result, "en-US")).toBe(
      "Grade BBB (462) = base 450 + 12 age [30,inf) + 0 housing no data"
    );
  });
});
