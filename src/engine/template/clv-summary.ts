import type { Template } from "./types";

/**
 * A customer summary for the buy-till-you-die models: lifetimes' column names (frequency, recency,
 * T, monetary_value) and Fader & Hardie's (x, t_x, T, zbar). Not a built-in template: `tiersheet fit
 * clv` tries it before the transactions template, and scoring never sees it.
 */
export const CLV_SUMMARY_TEMPLATE: Template = {
  id: "clv-summary",
  title: { "zh-CN": "客户购买摘要", "en-US": "Customer purchase summary" },
  version: 1,
  fields: [
    {
      name: "customer_id",
      title: { "zh-CN": "客户编号", "en-US": "Customer ID" },
      type: "string",
      aliases: ["ID", "编号", "客户ID", "客户编码", "Customer No", "CustomerID", "cust_id"],
    },
    {
      name: "frequency",
      title: { "zh-CN": "重复购买次数", "en-US": "Frequency" },
      type: "number",
      aliases: ["x", "repeat purchases", "重复购买", "复购次数"],
    },
    {
      name: "recency",
      title: { "zh-CN": "最近购买时间", "en-US": "Recency" },
      type: "number",
      aliases: ["t_x", "tx", "末次购买时间"],
    },
    {
      name: "T",
      title: { "zh-CN": "客户年龄", "en-US": "T (age)" },
      type: "number",
      aliases: ["age", "观察期", "客户时长"],
    },
    {
      name: "monetary_value",
      title: { "zh-CN": "平均复购金额", "en-US": "Monetary value" },
      type: "number",
      aliases: ["monetary", "zbar", "m", "平均消费", "平均复购消费"],
    },
  ],
};
