import type { Localized } from "../../../i18n/lang";

const ZH: Record<string, string> = {
  Champions: "冠军客户",
  "Loyal Customers": "忠诚客户",
  "Potential Loyalist": "潜在忠诚客户",
  "New Customers": "新客户",
  Promising: "有潜力客户",
  "Need Attention": "需要关注客户",
  "About To Sleep": "即将沉睡客户",
  "At Risk": "有流失风险客户",
  "Can't Lose Them": "不能失去的客户",
  Hibernating: "休眠客户",
  Lost: "已流失客户",
  Others: "其他",
};

/** An RFM segment's name in both languages; a manager's own segment names are shown as typed. */
export function segmentName(segment: string): Localized {
  return { "zh-CN": ZH[segment] ?? segment, "en-US": segment };
}
