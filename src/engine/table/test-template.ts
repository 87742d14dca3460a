import type { FieldType, Template, TemplateField } from "../template/types";

/** A field for tests: title defaults to the id in both languages. */
export function testField(
  name: string,
  type: FieldType = "string",
  extra: Partial<Omit<TemplateField, "name" | "type">> = {}
): TemplateField {
  return { name, type, title: { "zh-CN": name, "en-US": name }, ...extra };
}

/** A template for tests, built from its fields. */
export function testTemplate(fields: TemplateField[]): Template {
  return { id: "test", title: { "zh-CN": "测试", "en-US": "Test" }, version: 1, fields };
}

/** A small customer template in the shape of domain.md §2, enough to exercise header matching. */
export function customerTemplate(): Template {
  return testTemplate([
    testField("customer_id", "string", {
      title: { "zh-CN": "客户编号", "en-US": "Customer ID" },
      aliases: ["编号", "客户代码", "客户ID", "Customer No"],
    }),
    testField("name", "string", {
      title: { "zh-CN": "客户名称", "en-US": "Customer name" },
      aliases: ["公司名称", "企业名称", "单位名称", "Company"],
    }),
    testField("phone", "string", {
      format: "phone",
      title: { "zh-CN": "联系电话", "en-US": "Phone" },
      aliases: ["电话", "手机", "Tel", "Mobile"],
    }),
    testField("email", "string", {
      format: "email",
      title: { "zh-CN": "电子邮箱", "en-US": "Email" },
      aliases: ["邮箱", "E-mail"],
    }),
    testField("founded", "date", { title: { "zh-CN": "成立日期", "en-US": "Founded" } }),
    testField("registered_capital", "number", {
      title: { "zh-CN": "注册资本(万元)", "en-US": "Registered capital (10k CNY)" },
    }),
    testField("employees", "integer", { title: { "zh-CN": "员工人数", "en-US": "Employees" } }),
    testField("revenue", "number", {
      title: { "zh-CN": "营业收入", "en-US": "Revenue (this year)" },
    }),
    testField("revenue_prev", "number", {
      title: { "zh-CN": "上年营业收入", "en-US": "Revenue (last year)" },
    }),
    testField("industry_risk", "string", {
      title: { "zh-CN": "行业风险", "en-US": "Industry risk" },
      constraints: { enum: ["低", "中", "高"] },
      enumSynonyms: { 低: ["low"], 中: ["medium"], 高: ["high"] },
    }),
    testField("vip", "boolean", { title: { "zh-CN": "是否VIP", "en-US": "VIP" } }),
  ]);
}
