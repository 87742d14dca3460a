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
import type { Template, TemplateField } from "./types";

function text(name: string, zh: string, en: string, aliases: string[]): TemplateField {
  return { name, title: { "zh-CN": zh, "en-US": en }, type: "string", aliases, part: "basic" };
}

/** The built-in individual customer template (个人客户档案), domain.md §2. */
export const INDIVIDUAL_TEMPLATE: Template = {
  id: "individual",
  title: { "zh-CN": "个人客户档案", "en-US": "Individual customer file" },
  version: 1,
  fields: [
    CUSTOMER_ID,
    {
      ...NAME,
      title: { "zh-CN": "客户姓名", "en-US": "Customer name" },
      // A person's file is as often headed 姓名 as 客户名称; company-only aliases stay in the enterprise template.
      aliases: ["客户名称", "姓名", "客户名", "Name", "Full name", "Customer"],
    },
    {
      name: "gender",
      title: { "zh-CN": "性别", "en-US": "Gender" },
      type: "string",
      constraints: { enum: ["男", "女"] },
      enumSynonyms: { 男: ["male", "M", "man"], 女: ["female", "F", "woman"] },
      aliases: ["Sex"],
      part: "basic",
    },
    {
      name: "birth_date",
      title: { "zh-CN": "出生日期", "en-US": "Birth date" },
      type: "date",
      past: true,
      aliases: ["生日", "出生年月日", "Birthday", "Date of birth", "DOB"],
      part: "basic",
    },
    PHONE,
    EMAIL,
    text("city", "所在城市", "City", ["城市", "地区", "Region"]),
    text("occupation", "职业", "Occupation", ["工作", "Job", "Profession"]),
    text("income_band", "收入水平", "Income band", ["收入区间", "收入", "月收入", "Income"]),
    text("education", "学历", "Education", ["教育程度", "文化程度", "Education level"]),
    text("channel", "获客渠道", "Channel", [
      "渠道",
      "来源",
      "客户来源",
      "Source",
      "Acquisition channel",
    ]),
    FIRST_PURCHASE,
    LAST_PURCHASE,
    ORDERS,
    SALES_AMOUNT,
    GROSS_PROFIT,
    COMPLAINTS,
  ],
};
