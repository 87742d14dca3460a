import type { Settings, SettingsIssue } from "./settings";
import type { CurvePoint } from "./models/credit/credit-settings";
import { CREDIT_GRADES } from "./models/credit/credit-settings";
import { settingLabel } from "./setting-label";

/** The longest term, horizon or day count a setting may give: ten years. */
export const MAX_DAYS = 3650;

function refuse(issues: SettingsIssue[], path: string, zh: string, en: string, value?: unknown) {
  const label = settingLabel(path);
  const shown = value === undefined ? "" : JSON.stringify(value);
  issues.push({
    path,
    message: {
      "zh-CN": `“${label["zh-CN"]}”${zh}${shown ? `，实为 ${shown}` : ""}`,
      "en-US": `'${label["en-US"]}' ${en}${shown ? `, not ${shown}` : ""}`,
    },
  });
}

function atLeastZero(issues: SettingsIssue[], path: string, value: number): void {
  if (!(value >= 0)) refuse(issues, path, "必须大于或等于 0", "must be 0 or more", value);
}

function days(issues: SettingsIssue[], path: string, value: number): void {
  if (!(value >= 0 && value <= MAX_DAYS)) {
    refuse(
      issues,
      path,
      `必须在 0 到 ${MAX_DAYS} 天之间`,
      `must be between 0 and ${MAX_DAYS} days`,
      value
    );
  }
}

function wholeBetween(
  issues: SettingsIssue[],
  path: string,
  value: number,
  lo: number,
  hi: number
) {
  if (!(Number.isInteger(value) && value >= lo && value <= hi)) {
    refuse(
      issues,
      path,
      `必须是 ${lo} 到 ${hi} 之间的整数`,
      `must be a whole number from ${lo} to ${hi}`,
      value
    );
  }
}

function weights(issues: SettingsIssue[], path: string, values: readonly number[]): void {
  values.forEach((w, i) => atLeastZero(issues, `${path}[${i}].weight`, w));
  if (values.every((w) => w >= 0) && !(values.reduce((a, b) => a + b, 0) > 0)) {
    refuse(issues, path, "的权重之和必须大于 0", "weights must add up to more than 0");
  }
}

function curve(issues: SettingsIssue[], path: string, points: readonly CurvePoint[]): void {
  if (points.length === 0) refuse(issues, path, "至少需要一个点", "needs at least one point");
  points.forEach((p, i) => {
    if (i > 0 && !(p.value > points[i - 1].value)) {
      refuse(
        issues,
        `${path}[${i}].value`,
        "的取值必须严格递增",
        "values must be strictly increasing",
        p.value
      );
    }
    if (!(p.points >= 0 && p.points <= 100)) {
      refuse(
        issues,
        `${path}[${i}].points`,
        "必须在 0 到 100 之间",
        "must be between 0 and 100",
        p.points
      );
    }
  });
}

/**
 * The rules of meaning that a value of the right type can still break, each refusal naming the
 * setting as the pane labels it and the rule, in both languages: limit multipliers and counts >= 0;
 * terms and day counts within 0-3650 days; grade minimums strictly decreasing from AAA to B;
 * weights >= 0 with a positive sum; points curves increasing in value; bounded horizons (the CLV
 * years, the natural-breaks classes and the reason codes set how much work a run does); churn alerts
 * by P(alive) only with the BG/NBD model, below a share strictly between 0 and 1. A negative
 * multiplier gave limits of -3,515,452.24, inverted minimums graded everyone AAA, and negative
 * terms printed "1e+300 days".
 */
export function settingsMeaning(s: Settings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const c = s.credit;
  for (const grade of CREDIT_GRADES) {
    const policy = c.policy[grade];
    atLeastZero(issues, `credit.policy.${grade}.limitMultiplier`, policy.limitMultiplier);
    const path = `credit.policy.${grade}.terms`;
    if (typeof policy.terms === "number") days(issues, path, policy.terms);
    else if (policy.terms !== "COD" && policy.terms !== "prepayment") {
      refuse(
        issues,
        path,
        '必须是天数、"COD" 或 "prepayment"',
        'must be days, "COD" or "prepayment"',
        policy.terms
      );
    }
  }
  const minimums = CREDIT_GRADES.slice(0, -1).map((g) => [g, c.gradeMinimums[g as "B"]] as const);
  minimums.forEach(([grade, minimum], i) => {
    if (i > 0 && !(minimum < minimums[i - 1][1])) {
      refuse(
        issues,
        `credit.gradeMinimums.${grade}`,
        `必须低于 ${minimums[i - 1][0]} 的最低分 ${minimums[i - 1][1]}（等级最低分须从 AAA 到 B 严格递减）`,
        `must be below ${minimums[i - 1][0]}'s ${minimums[i - 1][1]} (grade minimums strictly decrease from AAA to B)`,
        minimum
      );
    }
  });
  weights(
    issues,
    "credit.scorecard5C.dimensions",
    c.scorecard5C.dimensions.map((d) => d.weight)
  );
  weights(
    issues,
    "credit.preset5P.dimensions",
    c.preset5P.dimensions.map((d) => d.weight)
  );
  if (c.custom !== null)
    weights(
      issues,
      "credit.custom.dimensions",
      c.custom.dimensions.map((d) => d.weight)
    );
  atLeastZero(issues, "credit.altman.mixWeight", c.altman.mixWeight);
  curve(issues, "credit.altman.mixCurve", c.altman.mixCurve);
  if (!(c.minMonthsForAverageSales > 0 && c.minMonthsForAverageSales <= 120)) {
    refuse(
      issues,
      "credit.minMonthsForAverageSales",
      "必须大于 0 且不超过 120",
      "must be above 0 and at most 120",
      c.minMonthsForAverageSales
    );
  }
  wholeBetween(issues, "credit.reasonCount", c.reasonCount, 0, 100);
  const t = s.tiers;
  days(issues, "validation.staleDays", s.validation.staleDays);
  days(issues, "tiers.lifecycle.churnDays", t.lifecycle.churnDays);
  days(issues, "tiers.lifecycle.loyalTenureDays", t.lifecycle.loyalTenureDays);
  days(issues, "tiers.churnAlert.oneOrderDays", t.churnAlert.oneOrderDays);
  atLeastZero(issues, "tiers.lifecycle.loyalOrders", t.lifecycle.loyalOrders);
  atLeastZero(issues, "tiers.lifecycle.repeatOrders", t.lifecycle.repeatOrders);
  atLeastZero(issues, "tiers.churnAlert.gapFactor", t.churnAlert.gapFactor);
  const churn = t.churnAlert;
  if (churn.rule !== "gap" && churn.rule !== "p-alive") {
    refuse(
      issues,
      "tiers.churnAlert.rule",
      '必须是 "gap" 或 "p-alive"',
      'must be "gap" or "p-alive"',
      churn.rule
    );
  }
  if (!(churn.pAliveBelow > 0 && churn.pAliveBelow < 1)) {
    refuse(
      issues,
      "tiers.churnAlert.pAliveBelow",
      "必须在 0 和 1 之间（如 0.3）",
      "must be between 0 and 1 (e.g. 0.3)",
      churn.pAliveBelow
    );
  }
  // P(alive) comes from the fitted BG/NBD only: without it the rule would quietly be the gap rule.
  if (churn.rule === "p-alive" && t.clv.model !== "bgnbd") {
    refuse(
      issues,
      "tiers.churnAlert.rule",
      "选用存活概率时，客户终生价值模型必须是 BG/NBD（tiers.clv.model = bgnbd）",
      'by P(alive) needs the BG/NBD lifetime value model (tiers.clv.model = "bgnbd")'
    );
  }
  wholeBetween(issues, "tiers.clv.years", t.clv.years, 1, 100);
  if (!(t.clv.daysPerYear > 0)) {
    refuse(issues, "tiers.clv.daysPerYear", "必须大于 0", "must be above 0", t.clv.daysPerYear);
  }
  wholeBetween(issues, "tiers.naturalBreaks.classes", t.naturalBreaks.classes, 2, 100);
  return issues;
}
