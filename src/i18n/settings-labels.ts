import { settingLabel as pathInWords } from "../engine/setting-label";
import type { Lang } from "./lang";

type Label = Readonly<Record<Lang, string>>;

/**
 * The words the Settings view and the docs use for each setting, by the path parseSettings names in
 * its issues: a refusal names "A up to cumulative share", not "tiers.abc.aShare".
 */
const LABELS: Readonly<Record<string, Label>> = {
  "tiers.abc": { "zh-CN": "ABC 分类比例", "en-US": "A/B/C shares" },
  "tiers.abc.aShare": { "zh-CN": "A 类累计比例上限", "en-US": "A up to cumulative share" },
  "tiers.abc.bShare": { "zh-CN": "B 类累计比例上限", "en-US": "B up to cumulative share" },
  "tiers.pyramid": { "zh-CN": "客户金字塔比例", "en-US": "Customer pyramid shares" },
  "tiers.pyramid.vipShare": { "zh-CN": "VIP 客户比例", "en-US": "VIP share" },
  "tiers.pyramid.majorShare": {
    "zh-CN": "主要客户累计比例",
    "en-US": "Major customers' cumulative share",
  },
  "tiers.pyramid.ordinaryShare": {
    "zh-CN": "普通客户累计比例",
    "en-US": "Ordinary customers' cumulative share",
  },
  "tiers.naturalBreaks.classes": { "zh-CN": "自然断点分组数", "en-US": "Natural-breaks classes" },
  "tiers.rfm.probabilities": { "zh-CN": "RFM 分位点", "en-US": "RFM quantile shares" },
  "tiers.rfm.grid": { "zh-CN": "RFM 客群表", "en-US": "RFM segment grid" },
  "tiers.lifecycle.churnDays": {
    "zh-CN": "多少天未购买视为流失",
    "en-US": "Churned after days without purchase",
  },
  "tiers.churnAlert.rule": { "zh-CN": "流失预警规则", "en-US": "Churn alert rule" },
  "tiers.churnAlert.pAliveBelow": {
    "zh-CN": "存活概率低于此值时预警",
    "en-US": "Churn alert when P(alive) is below",
  },
  "tiers.clv.model": { "zh-CN": "客户终生价值模型", "en-US": "Lifetime value model" },
  "tiers.clv.retention": { "zh-CN": "终生价值：保留率", "en-US": "Lifetime value: retention" },
  "tiers.clv.discount": { "zh-CN": "终生价值：折现率", "en-US": "Lifetime value: discount rate" },
  "validation.staleDays": { "zh-CN": "多少天未更新视为过期", "en-US": "Record stale after days" },
  "credit.method": { "zh-CN": "信用评估模型", "en-US": "Credit model" },
  "credit.custom": { "zh-CN": "自定义评分卡", "en-US": "Custom scorecard" },
  "credit.minConfidence": {
    "zh-CN": "给出等级的最低可信度",
    "en-US": "Minimum confidence for a grade",
  },
  "credit.altman": { "zh-CN": "Altman Z'' 分界线", "en-US": "Altman Z'' zone lines" },
  "credit.altman.distressBelow": { "zh-CN": "Altman 困境线", "en-US": "Altman distress line" },
  "credit.altman.safeAbove": { "zh-CN": "Altman 安全线", "en-US": "Altman safe line" },
};

/**
 * A setting's label for a message: the Settings view's own label where it has one, else the path
 * in words ("custom scorecard › dimension 1"); "JSON" for the text as a whole.
 */
export function settingLabel(path: string, lang: Lang): string {
  if (path === "") return "JSON";
  return LABELS[path]?.[lang] ?? pathInWords(path)[lang];
}
