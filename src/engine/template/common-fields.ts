import type { TemplateField } from "./types";

/*
 * Fields that more than one built-in template shares (domain.md §2), defined once so that the
 * enterprise and individual templates cannot drift apart on ids, titles or aliases.
 */

export const CUSTOMER_ID: TemplateField = {
  name: "customer_id",
  title: { "zh-CN": "客户编号", "en-US": "Customer ID" },
  type: "string",
  constraints: { required: true, unique: true },
  aliases: [
    "编号",
    "客户代码",
    "客户ID",
    "Customer No",
    "客户编码",
    "客户号",
    "Customer Code",
    "Client ID",
    "ID",
  ],
  part: "basic",
};

export const NAME: TemplateField = {
  name: "name",
  title: { "zh-CN": "客户名称", "en-US": "Customer name" },
  type: "string",
  constraints: { required: true },
  aliases: [
    "公司名称",
    "企业名称",
    "单位名称",
    "Company",
    "Company name",
    "客户名",
    "名称",
    "Customer",
  ],
  part: "basic",
};

export const PHONE: TemplateField = {
  name: "phone",
  title: { "zh-CN": "联系电话", "en-US": "Phone" },
  type: "string",
  format: "phone",
  aliases: [
    "电话",
    "手机",
    "Tel",
    "Mobile",
    "手机号码",
    "手机号",
    "电话号码",
    "联系方式",
    "Telephone",
    "Phone number",
  ],
  part: "basic",
};

export const EMAIL: TemplateField = {
  name: "email",
  title: { "zh-CN": "电子邮箱", "en-US": "Email" },
  type: "string",
  format: "email",
  aliases: ["邮箱", "E-mail", "电子邮件", "邮件", "Mail", "Email address"],
  part: "basic",
};

export const FIRST_PURCHASE: TemplateField = {
  name: "first_purchase",
  title: { "zh-CN": "首次交易日期", "en-US": "First purchase" },
  type: "date",
  past: true,
  aliases: [
    "首次购买日期",
    "首次交易",
    "首购日期",
    "首次下单日期",
    "First purchase date",
    "First order date",
  ],
  part: "transactions",
};

export const LAST_PURCHASE: TemplateField = {
  name: "last_purchase",
  title: { "zh-CN": "最近交易日期", "en-US": "Last purchase" },
  type: "date",
  past: true,
  aliases: [
    "最近购买日期",
    "最后交易日期",
    "末次交易日期",
    "最近交易",
    "最近下单日期",
    "Last purchase date",
    "Last order date",
  ],
  part: "transactions",
};

export const ORDERS: TemplateField = {
  name: "orders",
  title: { "zh-CN": "交易次数", "en-US": "Orders" },
  type: "integer",
  constraints: { minimum: 0 },
  aliases: ["订单数", "订单次数", "购买次数", "Order count", "Number of orders", "Frequency"],
  part: "transactions",
};

export const SALES_AMOUNT: TemplateField = {
  name: "sales_amount",
  title: { "zh-CN": "累计销售额", "en-US": "Total sales" },
  type: "number",
  constraints: { minimum: 0 },
  aliases: ["销售额", "累计金额", "销售金额", "消费金额", "Sales", "Sales amount", "Monetary"],
  part: "transactions",
};

export const GROSS_PROFIT: TemplateField = {
  name: "gross_profit",
  title: { "zh-CN": "毛利贡献", "en-US": "Gross profit" },
  type: "number",
  aliases: ["毛利", "利润贡献", "毛利额", "Gross margin"],
  part: "transactions",
};

export const COMPLAINTS: TemplateField = {
  name: "complaints",
  title: { "zh-CN": "投诉次数", "en-US": "Complaints" },
  type: "integer",
  constraints: { minimum: 0 },
  aliases: ["投诉", "投诉数", "Complaint count"],
  part: "returns",
};
