import type { Localized } from "../../i18n/lang";
import { churnAction } from "../models/tiers/churn-action";
import type { ScoredCustomer } from "../score-workbook";
import { formatMoney } from "./money";
import { segmentName } from "./tiers/segment-name";

const TIER: Record<"A" | "B" | "C", Localized> = {
  A: {
    "zh-CN": "A 类客户：属于贡献了大部分价值的少数客户",
    "en-US": "An A customer: one of the few who bring most of the value",
  },
  B: { "zh-CN": "B 类客户：价值居中", "en-US": "A B customer: middle of the value" },
  C: { "zh-CN": "C 类客户：价值较小", "en-US": "A C customer: small in value" },
};

const CHURN: Record<"call" | "win-back", Localized> = {
  call: { "zh-CN": "已逾期未再购买：现在就回访", "en-US": "overdue for the next order: call now" },
  "win-back": { "zh-CN": "已流失：需要挽回", "en-US": "already churned: a win-back call" },
};

/**
 * What a salesperson needs first about a customer, in one plain sentence: the tier, the RFM
 * segment, whether to call, and the credit terms to offer. The technical reasons (quantiles,
 * breaks, points) follow it in Why?, smaller.
 */
export function salesSummary(scored: ScoredCustomer, currency?: string): Localized {
  const { tiers, credit } = scored;
  const parts: Localized[] = [];
  parts.push(
    tiers.abc === null
      ? { "zh-CN": "未分级：没有可用的价值数据", "en-US": "Not tiered: no value to rank by" }
      : TIER[tiers.abc]
  );
  if (tiers.rfm) {
    const name = segmentName(tiers.rfm.segment);
    parts.push({ "zh-CN": `客群：${name["zh-CN"]}`, "en-US": `segment: ${name["en-US"]}` });
  }
  const action = churnAction(tiers);
  if (action) parts.push(CHURN[action]);
  if (credit.grade === "insufficient") {
    parts.push({
      "zh-CN": "信用：资料不足，暂不评级",
      "en-US": "credit: not enough data for a grade yet",
    });
  } else {
    const terms = credit.terms;
    const termsText: Localized =
      terms === null
        ? { "zh-CN": "", "en-US": "" }
        : typeof terms === "number"
          ? { "zh-CN": `，账期 ${terms} 天`, "en-US": `, ${terms} days to pay` }
          : terms === "COD"
            ? { "zh-CN": "，货到付款", "en-US": ", cash on delivery" }
            : { "zh-CN": "，预付款", "en-US": ", prepayment" };
    const limit = (lang: "zh-CN" | "en-US"): string =>
      credit.limit === null
        ? ""
        : lang === "zh-CN"
          ? `，额度 ${formatMoney(credit.limit, lang, currency)}`
          : `, limit ${formatMoney(credit.limit, lang, currency)}`;
    parts.push({
      "zh-CN": `信用 ${credit.grade}${limit("zh-CN")}${termsText["zh-CN"]}`,
      "en-US": `credit ${credit.grade}${limit("en-US")}${termsText["en-US"]}`,
    });
  }
  return {
    "zh-CN": parts.map((p) => p["zh-CN"]).join("；") + "。",
    "en-US": parts.map((p) => p["en-US"]).join("; ") + ".",
  };
}
