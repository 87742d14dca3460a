import type { Localized } from "../../../i18n/lang";
import type { StatisticalScorecardSetting } from "../scorecard/statistical-setting";
import type { CreditWeightsSetting } from "./credit-weights";

/** Credit grades, best first (domain.md §5). */
export type CreditGrade = "AAA" | "AA" | "A" | "BBB" | "BB" | "B" | "C";
export const CREDIT_GRADES: readonly CreditGrade[] = ["AAA", "AA", "A", "BBB", "BB", "B", "C"];

export type CreditLight = "green" | "amber" | "red";
/** Payment terms: days of credit, cash on delivery, or payment before delivery. */
export type CreditTerms = number | "COD" | "prepayment";
/**
 * "statistical": the scorecard `tiersheet fit scorecard` fitted (credit.statistical);
 * "fuzzy": the fuzzy comprehensive evaluation on the 5C indicators.
 */
export type CreditMethod = "5C" | "5P" | "custom" | "statistical" | "fuzzy";

/** One point of a points curve: an indicator value and the 0-100 points it earns. */
export interface CurvePoint {
  value: number;
  points: number;
}

/** How an indicator's value reads in a sentence (explain/credit). */
export type IndicatorUnit =
  "days" | "count" | "years" | "percent" | "ratio" | "amount" | "category";

/** An indicator computed by an expression over Customer fields and scored on a points curve. */
export interface CurveIndicatorSetting {
  id: string;
  name: Localized;
  kind: "curve";
  /** In the expression language of ./expression (parse-expression.ts), never JavaScript. */
  expression: string;
  /** Value -> points, values strictly increasing; linear between, flat beyond the ends. */
  curve: CurvePoint[];
  unit: IndicatorUnit;
}

/** An indicator that reads a text field and gives fixed points per category. */
export interface CategoryIndicatorSetting {
  id: string;
  name: Localized;
  kind: "category";
  /** A text field of Customer, e.g. industry_risk. */
  field: string;
  /** `values` match the field ignoring case and surrounding spaces; the first value is canonical. */
  categories: { values: string[]; name: Localized; points: number }[];
  unit: "category";
}

export type IndicatorSetting = CurveIndicatorSetting | CategoryIndicatorSetting;

export interface DimensionSetting {
  id: string;
  name: Localized;
  /** Relative weight (> 0); the weights need not sum to 100. */
  weight: number;
  /** Indicators weigh equally inside their dimension (domain.md §8). */
  indicators: IndicatorSetting[];
}

export interface ScorecardSetting {
  id: string;
  name: Localized;
  dimensions: DimensionSetting[];
}

/** A scorecard that regroups the 5C scorecard's indicators (by id) under other dimensions. */
export interface RegroupingSetting {
  id: string;
  name: Localized;
  dimensions: { id: string; name: Localized; weight: number; indicatorIds: string[] }[];
}

export interface AltmanSettings {
  /** Z'' = x1 X1 + x2 X2 + x3 X3 + x4 X4 (non-manufacturing, private firms). */
  coefficients: { x1: number; x2: number; x3: number; x4: number };
  /** Distress below this; grey from here to safeAbove, both ends included. */
  distressBelow: number;
  /** Safe above this. */
  safeAbove: number;
  /** Mix Z'' into the scorecard as a dimension of its own (default: shown beside it only). */
  mixIn: boolean;
  /** The mixed-in dimension's weight, beside the scorecard's own weights. */
  mixWeight: number;
  /** Z'' -> points for the mixed-in dimension. */
  mixCurve: CurvePoint[];
}

export interface FuzzyGradeSetting {
  id: string;
  name: Localized;
  /** Points where the membership in this grade is 1; see fuzzy-memberships.ts for the triangles. */
  peak: number;
}

export interface CreditSettings {
  method: CreditMethod;
  /** The 5C scorecard (domain.md §5); also the source of the 5P regrouping's indicators. */
  scorecard5C: ScorecardSetting;
  preset5P: RegroupingSetting;
  /** Used when method is "custom". */
  custom: ScorecardSetting | null;
  /** Used when method is "statistical": a fitted scorecard (domain.md §5 "Statistical scorecard"). */
  statistical: StatisticalScorecardSetting | null;
  /** The chosen scorecard's dimension weights from AHP, expert ranks or given; null keeps its own. */
  weights: CreditWeightsSetting | null;
  /** Lowest exact score of each grade; C is everything below B. */
  gradeMinimums: Record<Exclude<CreditGrade, "C">, number>;
  lights: Record<CreditGrade, CreditLight>;
  /** Recommended limit = average monthly sales x limitMultiplier. */
  policy: Record<CreditGrade, { limitMultiplier: number; terms: CreditTerms }>;
  /**
   * The Credit sheet shows recommended limits rounded down to a multiple of this (a limit in cents
   * reads as false precision); 0 shows them as computed. Results and exports keep the exact figure.
   */
  limitRounding: number;
  /** Below this share of the scorecard's weight with data the grade is "insufficient" (the share itself is enough). */
  minConfidence: number;
  /** Average monthly sales divide by at least this many months. */
  minMonthsForAverageSales: number;
  /** How many reason codes to give. */
  reasonCount: number;
  altman: AltmanSettings;
  /** Fuzzy comprehensive evaluation grades, best first. */
  fuzzyGrades: FuzzyGradeSetting[];
}

const text = (zh: string, english: string): Localized => ({ "zh-CN": zh, "en-US": english });
const curve = (...pairs: [number, number][]): CurvePoint[] =>
  pairs.map(([value, points]) => ({ value, points }));

/** The 5C scorecard of domain.md §5, its indicators written in the expression language. */
const SCORECARD_5C: ScorecardSetting = {
  id: "5C",
  name: text("5C 信用评分卡", "5C credit scorecard"),
  dimensions: [
    {
      id: "character",
      name: text("品格", "Character"),
      weight: 30,
      indicators: [
        {
          id: "overdue_days",
          name: text("平均逾期天数", "Average days overdue"),
          kind: "curve",
          expression: "overdue_days_avg",
          curve: curve([0, 100], [7, 85], [30, 60], [60, 30], [90, 0]),
          unit: "days",
        },
        {
          id: "late_payments",
          name: text("近12月逾期次数", "Late payments in 12 months"),
          kind: "curve",
          expression: "overdue_count",
          curve: curve([0, 100], [1, 80], [3, 50], [6, 10]),
          unit: "count",
        },
        {
          id: "customer_years",
          name: text("合作年限", "Years as a customer"),
          kind: "curve",
          expression: "(as_of - first_purchase) / 365",
          curve: curve([0, 40], [1, 60], [3, 80], [5, 100]),
          unit: "years",
        },
        {
          // §8: the returns ratio needs returns, discounts and sales above 0; null propagation
          // covers the first two, the if() the third (a negative sales figure is no data either).
          id: "returns_ratio",
          name: text("退货折让率", "Returns and discounts / sales"),
          kind: "curve",
          expression:
            "if(sales_amount > 0, (returns_amount + discount_amount) / sales_amount, null)",
          curve: curve([0, 100], [0.05, 80], [0.2, 20]),
          unit: "percent",
        },
      ],
    },
    {
      id: "capacity",
      name: text("能力", "Capacity"),
      weight: 25,
      indicators: [
        {
          id: "current_ratio",
          name: text("流动比率", "Current ratio"),
          kind: "curve",
          expression: "current_assets / current_liabilities",
          curve: curve([0.8, 10], [1, 50], [1.5, 80], [2, 100]),
          unit: "ratio",
        },
        {
          id: "net_margin",
          name: text("净利率", "Net margin"),
          kind: "curve",
          expression: "net_profit / revenue",
          curve: curve([-0.05, 0], [0, 40], [0.05, 75], [0.1, 100]),
          unit: "percent",
        },
        {
          id: "revenue_growth",
          name: text("营业收入增长率", "Revenue growth"),
          kind: "curve",
          expression: "(revenue - revenue_prev) / revenue_prev",
          curve: curve([-0.2, 20], [0, 60], [0.2, 100]),
          unit: "percent",
        },
      ],
    },
    {
      id: "capital",
      name: text("资本", "Capital"),
      weight: 20,
      indicators: [
        {
          id: "debt_ratio",
          name: text("资产负债率", "Debt ratio"),
          kind: "curve",
          expression: "total_liabilities / total_assets",
          curve: curve([0.4, 100], [0.6, 70], [0.8, 30], [1, 0]),
          unit: "percent",
        },
        {
          id: "registered_capital",
          name: text("注册资本(万元)", "Registered capital (10k CNY)"),
          kind: "curve",
          expression: "registered_capital",
          curve: curve([10, 20], [50, 40], [100, 60], [500, 80], [1000, 100]),
          unit: "amount",
        },
      ],
    },
    {
      id: "collateral",
      name: text("担保", "Collateral"),
      weight: 15,
      indicators: [
        {
          id: "collateral_cover",
          name: text("担保覆盖率", "Collateral / credit limit"),
          kind: "curve",
          expression: "collateral_value / credit_limit",
          curve: curve([0, 20], [0.5, 60], [1, 100]),
          unit: "percent",
        },
      ],
    },
    {
      id: "conditions",
      name: text("环境", "Conditions"),
      weight: 10,
      indicators: [
        {
          id: "industry_risk",
          name: text("行业风险", "Industry risk"),
          kind: "category",
          field: "industry_risk",
          categories: [
            { values: ["低", "low"], name: text("低", "low"), points: 100 },
            { values: ["中", "medium"], name: text("中", "medium"), points: 60 },
            { values: ["高", "high"], name: text("高", "high"), points: 20 },
          ],
          unit: "category",
        },
        {
          id: "business_years",
          name: text("经营年限", "Years in business"),
          kind: "curve",
          expression: "(as_of - founded) / 365",
          curve: curve([0, 20], [1, 40], [3, 60], [5, 80], [10, 100]),
          unit: "years",
        },
      ],
    },
  ],
};

/**
 * 5P regroups the 5C indicators (domain.md §5). Purpose, which 5C has no dimension for, takes
 * revenue growth and the returns ratio: what the customer buys for is read from whether its
 * business grows and whether the goods stay sold. Weights: Personal 25, Purpose 15, Payment 15,
 * Protection 35 (Capital 20 + Collateral 15), Perspective 10 (Conditions), close to the share of
 * 5C weight each group's indicators carried.
 */
const PRESET_5P: RegroupingSetting = {
  id: "5P",
  name: text("5P 信用评分卡", "5P credit scorecard"),
  dimensions: [
    {
      id: "personal",
      name: text("个人因素", "Personal"),
      weight: 25,
      indicatorIds: ["overdue_days", "late_payments", "customer_years"],
    },
    {
      id: "purpose",
      name: text("目的因素", "Purpose"),
      weight: 15,
      indicatorIds: ["revenue_growth", "returns_ratio"],
    },
    {
      id: "payment",
      name: text("还款因素", "Payment"),
      weight: 15,
      indicatorIds: ["current_ratio", "net_margin"],
    },
    {
      id: "protection",
      name: text("保障因素", "Protection"),
      weight: 35,
      indicatorIds: ["debt_ratio", "registered_capital", "collateral_cover"],
    },
    {
      id: "perspective",
      name: text("前景因素", "Perspective"),
      weight: 10,
      indicatorIds: ["industry_risk", "business_years"],
    },
  ],
};

/** Every default number of domain.md §5 and §8 ("Credit"), as plain data a manager can change. */
export const DEFAULT_CREDIT_SETTINGS: CreditSettings = {
  method: "5C",
  scorecard5C: SCORECARD_5C,
  preset5P: PRESET_5P,
  custom: null,
  statistical: null,
  weights: null,
  gradeMinimums: { AAA: 90, AA: 80, A: 70, BBB: 60, BB: 50, B: 40 },
  lights: { AAA: "green", AA: "green", A: "green", BBB: "amber", BB: "amber", B: "red", C: "red" },
  policy: {
    AAA: { limitMultiplier: 3, terms: 90 },
    AA: { limitMultiplier: 2.5, terms: 60 },
    A: { limitMultiplier: 2, terms: 45 },
    BBB: { limitMultiplier: 1.5, terms: 30 },
    BB: { limitMultiplier: 1, terms: 15 },
    B: { limitMultiplier: 0.5, terms: "COD" },
    C: { limitMultiplier: 0, terms: "prepayment" },
  },
  limitRounding: 1000,
  minConfidence: 0.5,
  minMonthsForAverageSales: 1,
  reasonCount: 3,
  altman: {
    coefficients: { x1: 6.56, x2: 3.26, x3: 6.72, x4: 1.05 },
    distressBelow: 1.1,
    safeAbove: 2.6,
    mixIn: false,
    // When mixed in: the zone limits land on the grade lines (distress < 40 = B/C, grey 40-60,
    // safe above 60), and a Z'' of 5 or more earns full points.
    mixWeight: 15,
    mixCurve: curve([0, 0], [1.1, 40], [2.6, 60], [5, 100]),
  },
  fuzzyGrades: [
    { id: "优", name: text("优", "excellent"), peak: 100 },
    { id: "良", name: text("良", "good"), peak: 80 },
    { id: "中", name: text("中", "fair"), peak: 60 },
    { id: "差", name: text("差", "poor"), peak: 40 },
  ],
};
