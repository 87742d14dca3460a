import type { Lang } from "../../../i18n/lang";
import type { CreditOutcome } from "../../models/credit/credit-result";
import { formatNumber } from "./format-number";

/**
 * The credit policy behind a result: "Recommended credit limit 417 (1.5 x average monthly sales of
 * 278); terms 30 days." / "建议授信额度 417（月均销售额 278 的 1.5 倍）；账期 30 天。" Null when the
 * grade is insufficient, since no policy is given then.
 */
export function explainPolicy(result: CreditOutcome, lang: Lang): string | null {
  if (result.grade === "insufficient" || result.terms === null) return null;
  const zh = lang === "zh-CN";
  const terms =
    result.terms === "COD"
      ? zh
        ? "货到付款"
        : "cash on delivery"
      : result.terms === "prepayment"
        ? zh
          ? "预付款"
          : "payment before delivery"
        : zh
          ? `账期 ${result.terms} 天`
          : `terms ${result.terms} days`;
  const sales = result.averageMonthlySales;
  if (result.limit === null || sales === null) {
    return zh
      ? `无交易记录，无法给出建议额度；${terms}。`
      : `No recommended limit without a sales history; ${terms}.`;
  }
  const limit = formatNumber(result.limit, 0);
  const monthly = formatNumber(sales, 0);
  const multiple = sales === 0 ? null : formatNumber(result.limit / sales, 2);
  if (zh) {
    return `建议授信额度 ${limit}${multiple === null ? "" : `（月均销售额 ${monthly} 的 ${multiple} 倍）`}；${terms}。`;
  }
  return `Recommended credit limit ${limit}${multiple === null ? "" : ` (${multiple} x average monthly sales of ${monthly})`}; ${terms}.`;
}
