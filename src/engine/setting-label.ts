import type { Localized } from "../i18n/lang";

/** The words a manager sees for each part of a settings path; unknown parts are shown as written. */
const WORDS: Readonly<Record<string, readonly [string, string]>> = {
  validation: ["校验", "validation"],
  staleDays: ["档案过期天数", "days before a record is stale"],
  tiers: ["分级", "tiers"],
  lifecycle: ["客户状态", "lifecycle"],
  churnDays: ["流失天数", "days without purchase before churn"],
  loyalOrders: ["忠诚客户最少交易次数", "orders for a loyal customer"],
  loyalTenureDays: ["忠诚客户最短合作天数", "tenure days for a loyal customer"],
  repeatOrders: ["重复购买最少次数", "orders for a repeat customer"],
  churnAlert: ["流失预警", "churn alert"],
  gapFactor: ["间隔倍数", "gap factor"],
  oneOrderDays: ["单次交易预警天数", "days after a single order"],
  rule: ["预警规则", "rule"],
  pAliveBelow: ["存活概率低于", "P(alive) below"],
  clv: ["客户终生价值", "lifetime value"],
  years: ["年数", "years"],
  daysPerYear: ["每年天数", "days per year"],
  naturalBreaks: ["自然断点", "natural breaks"],
  classes: ["类别数", "classes"],
  credit: ["信用", "credit"],
  policy: ["信用政策", "credit policy"],
  limitMultiplier: ["额度倍数", "limit multiplier"],
  limitRounding: ["额度取整单位", "limits rounded down to"],
  terms: ["账期(天)", "payment terms (days)"],
  gradeMinimums: ["等级最低分", "grade minimums"],
  scorecard5C: ["5C 评分卡", "5C scorecard"],
  preset5P: ["5P 评分卡", "5P scorecard"],
  custom: ["自定义评分卡", "custom scorecard"],
  dimensions: ["维度", "dimension"],
  indicators: ["指标", "indicator"],
  indicatorIds: ["指标", "indicator"],
  weight: ["权重", "weight"],
  curve: ["评分曲线", "points curve"],
  categories: ["类别", "category"],
  expression: ["表达式", "expression"],
  value: ["取值", "value"],
  points: ["得分", "points"],
  altman: ["Altman Z''", "Altman Z''"],
  mixWeight: ["混入权重", "mixed-in weight"],
  mixCurve: ["混入评分曲线", "mixed-in points curve"],
  minMonthsForAverageSales: ["月均销售额最少月数", "least months for average monthly sales"],
  reasonCount: ["原因代码数量", "number of reason codes"],
};

/**
 * A settings path in words, e.g. "credit.policy.AAA.limitMultiplier" -> "credit policy › AAA › limit
 * multiplier" and "信用政策 › AAA › 额度倍数", so a refusal names the setting as the pane labels it;
 * list positions read from 1 ("dimension 2").
 */
export function settingLabel(path: string): Localized {
  const zh: string[] = [];
  const en: string[] = [];
  for (const part of path.split(".")) {
    const match = /^(\w+)((?:\[\d+\])*)$/.exec(part);
    const key = match ? match[1] : part;
    const indexes = match ? [...match[2].matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1) : [];
    // "credit.policy" reads as "credit policy", not "credit › credit policy".
    if (key === "credit" && zh.length === 0 && path !== "credit") continue;
    const words = WORDS[key];
    const number = indexes.length > 0 ? ` ${indexes.join(" ")}` : "";
    zh.push((words ? words[0] : key) + number);
    en.push((words ? words[1] : key) + number);
  }
  return { "zh-CN": zh.join(" › "), "en-US": en.join(" › ") };
}
