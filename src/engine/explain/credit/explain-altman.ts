import type { Lang } from "../../../i18n/lang";
import type { AltmanResult } from "../../models/credit/altman";
import type { AltmanSettings } from "../../models/credit/credit-settings";
import { formatNumber } from "./format-number";

/**
 * Altman Z'' beside the scorecard: "Altman Z'' 3.04: safe zone (above 2.6)." /
 * "Altman Z'' 值 3.04：安全区（高于 2.6）。"; without a value, which inputs it needs.
 */
export function explainAltman(
  result: AltmanResult | null,
  limits: Pick<AltmanSettings, "distressBelow" | "safeAbove">,
  lang: Lang
): string {
  const zh = lang === "zh-CN";
  if (result === null) {
    return zh
      ? "Altman Z'' 值需要流动资产、流动负债、资产总额与负债总额（均不为零）、留存收益和息税前利润。"
      : "Altman Z'' needs current assets and liabilities, total assets and total liabilities (neither zero), retained earnings and EBIT.";
  }
  const z = formatNumber(result.z, 2);
  const low = formatNumber(limits.distressBelow, 2);
  const high = formatNumber(limits.safeAbove, 2);
  const zone = {
    safe: zh ? `安全区（高于 ${high}）` : `safe zone (above ${high})`,
    grey: zh ? `灰色区（${low} 至 ${high}）` : `grey zone (${low} to ${high})`,
    distress: zh ? `困境区（低于 ${low}）` : `distress zone (below ${low})`,
  }[result.zone];
  return zh ? `Altman Z'' 值 ${z}：${zone}。` : `Altman Z'' ${z}: ${zone}.`;
}
