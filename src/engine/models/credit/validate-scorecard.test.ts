import type {
  CategoryIndicatorSetting,
  CurveIndicatorSetting,
  IndicatorSetting,
  ScorecardSetting,
} from "./credit-settings";
import { validateScorecard } from "./validate-scorecard";

const name = { "zh-CN": "名", "en-US": "name" };
const indicator = (patch: Partial<CurveIndicatorSetting> = {}): CurveIndicatorSetting => ({
  id: "i1",
  name,
  kind: "curve",
  expression: "revenue / total_assets",
  curve: [
    { value: 0, points: 0 },
    { value: 1, points: 100 },
  ],
  unit: "ratio",
  ...patch,
});
const card = (indicators: IndicatorSetting[] = [indicator()], weight = 10): ScorecardSetting => ({
  id: "c",
  name,
  dimensions: [{ id: "d1", name, weight, indicators }],
});
const messages = (s: ScorecardSetting): string[] =>
  validateScorecard(s).map((i) => i.message["en-US"]);

describe("validateScorecard", () => {
  it("accepts a well-formed scorecard", () => {
    expect(validateScorecard(card())).toEqual([]);
  });

  it("names an unknown field in an expression, with its path and a Chinese message", () => {
    const issues = validateScorecard(card([indicator({ expression: "revenue / turnover" })]));
    expect(issues).toEqual([
      {
        path: "dimensions[0].indicators[0].expression",
        message: {
          "en-US": "indicator 'i1': unknown field 'turnover' in its expression",
          "zh-CN": "指标“i1”：表达式中有未知字段“turnover”",
        },
      },
    ]);
  });

  it("says a text field cannot be computed with", () => {
    expect(messages(card([indicator({ expression: "industry" })]))).toEqual([
      "indicator 'i1': 'industry' is a text field and cannot be used in a formula",
    ]);
  });

  it("passes on the parse error with its position", () => {
    expect(messages(card([indicator({ expression: "(revenue))" })]))).toEqual([
      "indicator 'i1': unexpected ')' at 10",
    ]);
  });

  it("accepts derived names and dates", () => {
    expect(
      validateScorecard(
        card([
          indicator({
            expression: "years_as_customer + (as_of - founded) / 365 + avg_monthly_sales",
          }),
        ])
      )
    ).toEqual([]);
  });

  it("refuses empty scorecards and dimensions, and weights that are not positive", () => {
    expect(messages({ id: "c", name, dimensions: [] })).toEqual([
      "the scorecard has no dimensions",
    ]);
    expect(messages(card([]))).toEqual(["dimension 'd1' has no indicators"]);
    expect(messages(card(undefined, 0))).toEqual([
      "dimension 'd1': the weight must be a positive number",
    ]);
    expect(messages(card(undefined, Number.NaN))).toHaveLength(1);
  });

  it("refuses repeated ids", () => {
    const twice: ScorecardSetting = {
      id: "c",
      name,
      dimensions: [
        { id: "d1", name, weight: 1, indicators: [indicator()] },
        { id: "d1", name, weight: 1, indicators: [indicator()] },
      ],
    };
    expect(messages(twice)).toEqual([
      "dimension 'd1' appears twice",
      "indicator 'i1' appears twice",
    ]);
  });

  it("refuses curves that are empty, not strictly increasing, or outside 0-100", () => {
    expect(messages(card([indicator({ curve: [] })]))).toEqual([
      "indicator 'i1' has no points on its curve",
    ]);
    const flat = [
      { value: 1, points: 10 },
      { value: 1, points: 20 },
    ];
    expect(messages(card([indicator({ curve: flat })]))).toEqual([
      "indicator 'i1': curve values must be finite and strictly increasing",
    ]);
    expect(messages(card([indicator({ curve: [{ value: 0, points: 120 }] })]))).toEqual([
      "indicator 'i1': points must be between 0 and 100",
    ]);
  });

  it("checks category indicators' field, categories and points", () => {
    const category: CategoryIndicatorSetting = {
      id: "k",
      name,
      kind: "category",
      field: "industry",
      categories: [{ values: ["a"], name, points: 50 }],
      unit: "category",
    };
    expect(validateScorecard(card([category]))).toEqual([]);
    expect(messages(card([{ ...category, field: "revenue" }]))).toEqual([
      "indicator 'k': unknown text field 'revenue'",
    ]);
    expect(messages(card([{ ...category, categories: [] }]))).toEqual([
      "indicator 'k' has no categories",
    ]);
    expect(
      messages(card([{ ...category, categories: [{ values: ["a"], name, points: -1 }] }]))
    ).toEqual(["indicator 'k': points must be between 0 and 100"]);
  });
});
