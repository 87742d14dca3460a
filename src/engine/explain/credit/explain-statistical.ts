import type { Lang } from "../../../i18n/lang";
import type { CreditResult } from "../../models/credit/credit-result";
import { formatNumber } from "./format-number";

/**
 * Why a customer has their statistical score: the points of each variable's bin, added up
 * (domain.md §5: score = base points + bin points). "Grade BBB (476) = base 450 + age [30,inf)
 * +12 + housing own +14" / "等级 BBB（476 分）= 基础分 450 + age [30,inf) +12 + housing own +14";
 * a variable without data shows "no data 0". The base is the score less the bins' points.
 */
export function explainStatistical(result: CreditResult, lang: Lang): string {
  const zh = lang === "zh-CN";
  const score = result.score ?? 0;
  const signed = (n: number) => (n < 0 ? `- ${formatNumber(-n, 0)}` : `+ ${formatNumber(n, 0)}`);
  let base = score;
  const parts = result.indicators.map((i) => {
    const points = i.points ?? 0;
    base -= points;
    const value = i.value === null ? (zh ? "无数据" : "no data") : String(i.value);
    return `${signed(points)} ${i.name[lang]} ${value}`;
  });
  const grade =
    result.grade === "insufficient" ? (zh ? "资料不足" : "insufficient data") : result.grade;
  const head = zh
    ? `等级 ${grade}（${formatNumber(score, 0)} 分）= 基础分 ${formatNumber(base, 0)}`
    : `Grade ${grade} (${formatNumber(score, 0)}) = base ${formatNumber(base, 0)}`;
  return [head, ...parts].join(" ");
}
