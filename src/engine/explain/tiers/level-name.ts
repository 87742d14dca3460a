import type { Localized } from "../../../i18n/lang";
import type { LifecycleStatus } from "../../models/tiers/lifecycle";
import type { PyramidLevel } from "../../models/tiers/pyramid";

const PYRAMID: Record<PyramidLevel, Localized> = {
  VIP: { "zh-CN": "VIP 客户", "en-US": "VIP" },
  Major: { "zh-CN": "主要客户", "en-US": "Major" },
  Ordinary: { "zh-CN": "普通客户", "en-US": "Ordinary" },
  Small: { "zh-CN": "小客户", "en-US": "Small" },
  Prospect: { "zh-CN": "潜在客户", "en-US": "Prospect" },
};

const LIFECYCLE: Record<LifecycleStatus, Localized> = {
  Prospect: { "zh-CN": "潜在客户", "en-US": "Prospect" },
  "First-time": { "zh-CN": "初次购买客户", "en-US": "First-time" },
  Repeat: { "zh-CN": "重复购买客户", "en-US": "Repeat" },
  Loyal: { "zh-CN": "忠诚客户", "en-US": "Loyal" },
  Churned: { "zh-CN": "流失客户", "en-US": "Churned" },
};

/** A pyramid level's name (domain.md §4: 客户金字塔). */
export function pyramidName(level: PyramidLevel): Localized {
  return PYRAMID[level];
}

/** A lifecycle status's name (domain.md §4: 客户状态). */
export function lifecycleName(status: LifecycleStatus): Localized {
  return LIFECYCLE[status];
}
