import {
  COMPLAINTS,
  CUSTOMER_ID,
  EMAIL,
  FIRST_PURCHASE,
  GROSS_PROFIT,
  LAST_PURCHASE,
  NAME,
  ORDERS,
  PHONE,
  SALES_AMOUNT,
} from "./common-fields";
import type { ArchivePart, Template, TemplateField } from "./types";

/** A number field that must not be negative. */
function amount(
  name: string,
  zh: string,
  en: string,
  part: ArchivePart,
  aliases: string[],
  type: "number" | "integer" = "number"
): TemplateField {
  return {
    name,
    title: { "zh-CN": zh, "en-US": en },
    type,
    constraints: { minimum: 0 },
    aliases,
    part,
  };
}

/** A number field that may be negative (profits). */
function signed(name: string, zh: string, en: string, aliases: string[]): TemplateField {
  return { name, title: { "zh-CN": zh, "en-US": en }, type: "number", aliases, part: "credit" };
}

/** A free-text field of the basic part. */
function text(name: string, zh: string, en: string, aliases: string[]): TemplateField {
  return { name, title: { "zh-CN": zh, "en-US": en }, type: "string", aliases, part: "basic" };
}

/** The built-in enterprise customer template (企业客户档案), domain.md §2, in its table order. */
export const ENTERPRISE_TEMPLATE: Template = {
  id: "enterprise",
  title: { "zh-CN": "企业客户档案", "en-US": "Enterprise customer file" },
  version: 1,
  fields: [
    CUSTOMER_ID,
    NAME,
    {
      name: "legal_form",
      title: { "zh-CN": "企业类型", "en-US": "Legal form" },
      type: "string",
      constraints: {
        enum: [
          "有限责任公司",
          "股份有限公司",
          "个人独资企业",
          "合伙企业",
          "个体工商户",
          "国有企业",
          "外资企业",
          "其他",
        ],
      },
      enumSynonyms: {
        有限责任公司: ["limited liability company", "LLC", "有限公司"],
        股份有限公司: ["company limited by shares", "joint-stock company", "股份公司"],
        个人独资企业: ["sole proprietorship", "独资企业"],
        合伙企业: ["partnership"],
        个体工商户: ["individual business", "个体户"],
        国有企业: ["state-owned enterprise", "国企", "SOE"],
        外资企业: ["foreign-invested enterprise", "外商投资企业"],
        其他: ["other", "其它"],
      },
      aliases: ["企业性质", "公司类型", "经济类型", "Company type"],
      part: "basic",
    },
    text("industry", "所属行业", "Industry", ["行业", "行业类别", "Sector"]),
    text("region", "所在地区", "Region", ["地区", "区域", "省份", "Area", "Province"]),
    text("address", "地址", "Address", ["详细地址", "公司地址", "注册地址", "Addr"]),
    text("contact", "联系人", "Contact person", [
      "联系人姓名",
      "对接人",
      "Contact",
      "Contact name",
    ]),
    PHONE,
    EMAIL,
    text("sales_rep", "客户经理", "Account manager", [
      "业务员",
      "销售代表",
      "销售员",
      "负责人",
      "Sales rep",
      "Salesperson",
      "Account owner",
    ]),
    {
      name: "founded",
      title: { "zh-CN": "成立日期", "en-US": "Founded" },
      type: "date",
      past: true,
      aliases: ["成立时间", "注册日期", "Established", "Date founded", "Incorporation date"],
      part: "basic",
    },
    amount("registered_capital", "注册资本(万元)", "Registered capital (10k CNY)", "basic", [
      "注册资本",
      "注册资金",
      "Registered capital",
    ]),
    amount(
      "employees",
      "员工人数",
      "Employees",
      "basic",
      ["员工数", "职工人数", "人数", "Headcount", "Staff", "Number of employees"],
      "integer"
    ),
    {
      name: "influence",
      title: { "zh-CN": "影响力(1-5)", "en-US": "Influence (1-5)" },
      type: "integer",
      constraints: { minimum: 1, maximum: 5 },
      aliases: ["影响力", "客户影响力", "影响力等级", "Influence"],
      part: "basic",
    },
    {
      name: "last_updated",
      title: { "zh-CN": "档案更新日期", "en-US": "Record updated" },
      type: "date",
      past: true,
      aliases: ["更新日期", "更新时间", "最后更新", "Last updated", "Updated"],
      part: "basic",
    },
    amount("total_assets", "资产总额", "Total assets", "credit", ["总资产", "Assets"]),
    amount("total_liabilities", "负债总额", "Total liabilities", "credit", [
      "总负债",
      "Liabilities",
    ]),
    amount("current_assets", "流动资产", "Current assets", "credit", ["流动资产合计"]),
    amount("current_liabilities", "流动负债", "Current liabilities", "credit", ["流动负债合计"]),
    amount("revenue", "营业收入", "Revenue (this year)", "credit", [
      "营收",
      "本年营业收入",
      "主营业务收入",
      "Turnover",
    ]),
    amount("revenue_prev", "上年营业收入", "Revenue (last year)", "credit", [
      "上年收入",
      "去年营业收入",
      "Prior year revenue",
    ]),
    signed("net_profit", "净利润", "Net profit", ["净利", "Net income"]),
    signed("retained_earnings", "留存收益", "Retained earnings", ["留存利润", "Retained profit"]),
    signed("ebit", "息税前利润", "EBIT", ["息税前收益"]),
    amount("collateral_value", "担保/抵押价值", "Collateral value", "credit", [
      "担保价值",
      "抵押价值",
      "抵押物价值",
      "Collateral",
    ]),
    amount("credit_limit", "授信额度", "Current credit limit", "credit", [
      "信用额度",
      "Credit limit",
    ]),
    amount(
      "payment_terms_days",
      "账期(天)",
      "Payment terms (days)",
      "credit",
      ["账期", "付款期限", "信用期", "Payment terms"],
      "integer"
    ),
    amount("overdue_days_avg", "平均逾期天数", "Average days overdue", "credit", [
      "逾期天数",
      "Days overdue",
    ]),
    amount(
      "overdue_count",
      "近12月逾期次数",
      "Late payments (12 months)",
      "credit",
      ["逾期次数", "Late payments"],
      "integer"
    ),
    {
      name: "industry_risk",
      title: { "zh-CN": "行业风险", "en-US": "Industry risk" },
      type: "string",
      constraints: { enum: ["低", "中", "高"] },
      enumSynonyms: {
        低: ["low", "低风险"],
        中: ["medium", "中等", "中风险"],
        高: ["high", "高风险"],
      },
      aliases: ["行业风险等级", "Industry risk level"],
      part: "credit",
    },
    FIRST_PURCHASE,
    LAST_PURCHASE,
    ORDERS,
    SALES_AMOUNT,
    GROSS_PROFIT,
    amount("service_cost", "服务成本", "Cost to serve", "transactions", [
      "服务费用",
      "Service cost",
    ]),
    amount("returns_amount", "退货金额", "Returns", "returns", [
      "退货额",
      "退货",
      "Returns amount",
    ]),
    amount("discount_amount", "折让金额", "Discounts", "returns", [
      "折让",
      "折扣金额",
      "折扣",
      "Discount",
    ]),
    COMPLAINTS,
  ],
};
