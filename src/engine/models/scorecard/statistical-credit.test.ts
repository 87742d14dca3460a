import { DEFAULT_CREDIT_SETTINGS, type CreditSettings } from "../credit/credit-settings";
import { emptyCustomer } from "../empty-customer";
import { handTable } from "../hand-table.test-helper";
import type { StatisticalScorecardSetting } from "./statistical-setting";
import { statisticalCreditScorer } from "./statistical-credit";

const scorecard: StatisticalScorecardSetting = {
  target: "bad",
  intercept: -1,
  basePoints: 450,
  scale: { points0: 600, odds0: 1 / 19, pdo: 50 },
  gradeMinimums: { AAA: 520, AA: 500, A: 480, BBB: 460, BB: 440, B: 420 },
  variables: [
    {
      name: "age",
      kind: "numeric",
      coefficient: 0.8,
      bins: [
        {
          label: "[-inf,30)",
          lower: null,
          upper: 30,
          categories: [],
          missing: false,
          woe: 0.3,
          points: -17,
        },
        {
          label: "[30,inf)",
          lower: 30,
          upper: null,
          categories: [],
          missing: false,
          woe: -0.2,
          points: 12,
        },
      ],
    },
    {
      name: "housing",
      kind: "categorical",
      coefficient: 0.5,
      bins: [
        {
          label: "own",
          lower: null,
          upper: null,
          categories: ["own"],
          missing: false,
          woe: -0.4,
          points: 14,
        },
        {
          label: "rent",
          lower: null,
          upper: null,
          categories: ["rent"],
          missing: false,
          woe: 0.5,
          points: -18,
        },
      ],
    },
  ],
};
const settings: CreditSettings = {
  ...DEFAULT_CREDIT_SETTINGS,
  method: "statistical",
  statistical: scorecard,
};
const table = handTable(
  "S",
  ["customer_id", "age", "housing"],
  [
    ["C1", 41, "own"],
    ["C2", 25, "boat"],
    ["C3", null, null],
  ]
);
const customer = (row: number, id: string) => emptyCustomer(id, row);

describe("statisticalCreditScorer", () => {
  const score = statisticalCreditScorer(settings, table);

  it("adds each variable's bin points to the base points and grades by the cut-offs", () => {
    const result = score(customer(2, "C1"), 0);
    expect(result.score).toBe(450 + 12 + 14);
    expect(result).toMatchObject({
      scorecard: "statistical",
      grade: "BBB",
      confidence: 1,
      light: "amber",
      terms: 30,
    });
    expect(result.indicators.map((i) => [i.id, i.value, i.points])).toEqual([
      ["age", "[30,inf)", 12],
      ["housing", "own", 14],
    ]);
    expect(result.reasons).toEqual([]);
  });

  it("gives 0 points and no data for a category the fit never saw; reasons by points missed", () => {
    const result = score(customer(3, "C2"), 0);
    expect(result.score).toBe(450 - 17);
    expect(result.confidence).toBe(0.5);
    expect(result.grade).toBe("B");
    expect(result.indicators[1]).toMatchObject({ points: null, value: null });
    expect(result.reasons.map((r) => [r.id, r.shortfall])).toEqual([["age", 29]]);
  });

  it("is insufficient below the minimum confidence", () => {
    const result = score(customer(4, "C3"), 0);
    expect(result).toMatchObject({
      score: 450,
      confidence: 0,
      grade: "insufficient",
      light: null,
      limit: null,
      terms: null,
    });
  });

  it("treats a column the file lacks as no data", () => {
    const other = handTable("S", ["customer_id", "age"], [["C1", 41]]);
    const result = statisticalCreditScorer(settings, other)(customer(2, "C1"), 0);
    expect(result.confidence).toBe(0.5);
    expect(result.score).toBe(462);
  });
});
