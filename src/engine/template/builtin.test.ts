import { BUILTIN_TEMPLATES, getBuiltinTemplate } from "./builtin";
import { ENTERPRISE_TEMPLATE } from "./enterprise";
import { INDIVIDUAL_TEMPLATE } from "./individual";
import { buildHeaderMatcher } from "../table/match-header";
import { TRANSACTIONS_TEMPLATE } from "./transactions";
import type { Template, TemplateField } from "./types";

function field(t: Template, name: string): TemplateField {
  const f = t.fields.find((x) => x.name === name);
  if (!f) throw new Error(`${t.id} has no field ${name}`);
  return f;
}

/** The field a header label names, as the table reader's matcher sees it. */
function fieldForLabel(t: Template, label: string): string | null {
  return buildHeaderMatcher(t)(label);
}

describe("enterprise template", () => {
  it("has the fields of domain.md §2 in its order, with titles", () => {
    expect(ENTERPRISE_TEMPLATE.fields.map((f) => f.name)).toEqual([
      "customer_id",
      "name",
      "legal_form",
      "industry",
      "region",
      "address",
      "contact",
      "phone",
      "email",
      "sales_rep",
      "founded",
      "registered_capital",
      "employees",
      "influence",
      "last_updated",
      "total_assets",
      "total_liabilities",
      "current_assets",
      "current_liabilities",
      "revenue",
      "revenue_prev",
      "net_profit",
      "retained_earnings",
      "ebit",
      "collateral_value",
      "credit_limit",
      "payment_terms_days",
      "overdue_days_avg",
      "overdue_count",
      "industry_risk",
      "first_purchase",
      "last_purchase",
      "orders",
      "sales_amount",
      "gross_profit",
      "service_cost",
      "returns_amount",
      "discount_amount",
      "complaints",
    ]);
    expect(field(ENTERPRISE_TEMPLATE, "registered_capital").title).toEqual({
      "zh-CN": "注册资本(万元)",
      "en-US": "Registered capital (10k CNY)",
    });
    expect(field(ENTERPRISE_TEMPLATE, "revenue_prev").title["en-US"]).toBe("Revenue (last year)");
  });

  it("requires only customer_id and name; customer_id is unique", () => {
    const required = ENTERPRISE_TEMPLATE.fields
      .filter((f) => f.constraints?.required)
      .map((f) => f.name);
    expect(required).toEqual(["customer_id", "name"]);
    const unique = ENTERPRISE_TEMPLATE.fields
      .filter((f) => f.constraints?.unique)
      .map((f) => f.name);
    expect(unique).toEqual(["customer_id"]);
  });

  it("marks past dates, types and parts as the table says", () => {
    const past = ENTERPRISE_TEMPLATE.fields.filter((f) => f.past).map((f) => f.name);
    expect(past).toEqual(["founded", "last_updated", "first_purchase", "last_purchase"]);
    expect(field(ENTERPRISE_TEMPLATE, "influence")).toMatchObject({
      type: "integer",
      constraints: { minimum: 1, maximum: 5 },
    });
    expect(field(ENTERPRISE_TEMPLATE, "phone").format).toBe("phone");
    expect(field(ENTERPRISE_TEMPLATE, "email").format).toBe("email");
    expect(field(ENTERPRISE_TEMPLATE, "gross_profit").constraints?.minimum).toBeUndefined();
    expect(field(ENTERPRISE_TEMPLATE, "net_profit").constraints?.minimum).toBeUndefined();
    expect(field(ENTERPRISE_TEMPLATE, "employees")).toMatchObject({
      type: "integer",
      constraints: { minimum: 0 },
    });
    const parts = ENTERPRISE_TEMPLATE.fields.reduce<Record<string, number>>((acc, f) => {
      acc[f.part ?? "none"] = (acc[f.part ?? "none"] ?? 0) + 1;
      return acc;
    }, {});
    expect(parts).toEqual({ basic: 15, credit: 15, transactions: 6, returns: 3 });
  });

  it("knows the aliases of domain.md §8", () => {
    const expected: Record<string, string[]> = {
      customer_id: ["编号", "客户代码", "客户ID", "Customer No"],
      name: ["公司名称", "企业名称", "单位名称", "Company"],
      phone: ["电话", "手机", "Tel", "Mobile"],
      email: ["邮箱", "E-mail"],
      sales_amount: ["销售额", "累计金额"],
      gross_profit: ["毛利", "利润贡献"],
    };
    for (const [name, aliases] of Object.entries(expected)) {
      for (const a of aliases) expect(fieldForLabel(ENTERPRISE_TEMPLATE, a)).toBe(name);
    }
    for (const [label, name] of [
      ["客户代码", "customer_id"],
      ["手机号码", "phone"],
      ["地区", "region"],
      ["行业", "industry"],
    ]) {
      expect(fieldForLabel(ENTERPRISE_TEMPLATE, label)).toBe(name);
    }
  });

  it("accepts the English legal forms and low/medium/high as enum synonyms", () => {
    const legal = field(ENTERPRISE_TEMPLATE, "legal_form");
    expect(legal.constraints?.enum).toEqual([
      "有限责任公司",
      "股份有限公司",
      "个人独资企业",
      "合伙企业",
      "个体工商户",
      "国有企业",
      "外资企业",
      "其他",
    ]);
    const english = [
      "limited liability company",
      "company limited by shares",
      "sole proprietorship",
      "partnership",
      "individual business",
      "state-owned enterprise",
      "foreign-invested enterprise",
      "other",
    ];
    legal.constraints?.enum?.forEach((v, i) =>
      expect(legal.enumSynonyms?.[v]).toContain(english[i])
    );
    const risk = field(ENTERPRISE_TEMPLATE, "industry_risk");
    expect(risk.constraints?.enum).toEqual(["低", "中", "高"]);
    expect(
      [risk.enumSynonyms?.低, risk.enumSynonyms?.中, risk.enumSynonyms?.高].map((s) => s?.[0])
    ).toEqual(["low", "medium", "high"]);
  });
});

describe("individual template", () => {
  it("has the fields of domain.md §2", () => {
    expect(INDIVIDUAL_TEMPLATE.fields.map((f) => f.name)).toEqual([
      "customer_id",
      "name",
      "gender",
      "birth_date",
      "phone",
      "email",
      "city",
      "occupation",
      "income_band",
      "education",
      "channel",
      "first_purchase",
      "last_purchase",
      "orders",
      "sales_amount",
      "gross_profit",
      "complaints",
    ]);
    expect(field(INDIVIDUAL_TEMPLATE, "gender").constraints?.enum).toEqual(["男", "女"]);
    expect(field(INDIVIDUAL_TEMPLATE, "gender").enumSynonyms).toMatchObject({
      男: expect.arrayContaining(["male", "M"]),
      女: expect.arrayContaining(["female", "F"]),
    });
    expect(field(INDIVIDUAL_TEMPLATE, "birth_date")).toMatchObject({ type: "date", past: true });
    expect(fieldForLabel(INDIVIDUAL_TEMPLATE, "获客渠道")).toBe("channel");
  });
});

describe("transactions template", () => {
  it("has customer_id (required, not unique), order_id (unique), order_date (required date)", () => {
    expect(TRANSACTIONS_TEMPLATE.fields.map((f) => f.name)).toEqual([
      "customer_id",
      "order_id",
      "order_date",
      "amount",
      "profit",
      "quantity",
    ]);
    expect(field(TRANSACTIONS_TEMPLATE, "customer_id").constraints).toEqual({ required: true });
    expect(field(TRANSACTIONS_TEMPLATE, "order_id").constraints).toEqual({ unique: true });
    expect(field(TRANSACTIONS_TEMPLATE, "order_date")).toMatchObject({
      type: "date",
      constraints: { required: true },
    });
    expect(field(TRANSACTIONS_TEMPLATE, "quantity")).toMatchObject({
      type: "integer",
      constraints: { minimum: 0 },
    });
    expect(field(TRANSACTIONS_TEMPLATE, "amount").type).toBe("number");
    expect(field(TRANSACTIONS_TEMPLATE, "profit").type).toBe("number");
  });

  it("reads Chinese transaction headers", () => {
    for (const [label, name] of [
      ["交易日期", "order_date"],
      ["订单日期", "order_date"],
      ["金额", "amount"],
      ["利润", "profit"],
      ["数量", "quantity"],
      ["订单号", "order_id"],
      ["日期", "order_date"],
    ]) {
      expect(fieldForLabel(TRANSACTIONS_TEMPLATE, label)).toBe(name);
    }
  });
});

describe("every built-in", () => {
  it("reads each of its field ids, titles and aliases back as that field", () => {
    for (const t of BUILTIN_TEMPLATES) {
      for (const f of t.fields) {
        for (const label of [f.name, f.title["zh-CN"], f.title["en-US"], ...(f.aliases ?? [])]) {
          expect([t.id, label, fieldForLabel(t, label)]).toEqual([t.id, label, f.name]);
        }
      }
    }
  });
});

describe("getBuiltinTemplate", () => {
  it("finds each built-in by id and nothing else", () => {
    for (const t of BUILTIN_TEMPLATES) expect(getBuiltinTemplate(t.id)).toBe(t);
    expect(BUILTIN_TEMPLATES.map((t) => t.id)).toEqual([
      "enterprise",
      "individual",
      "transactions",
    ]);
    expect(getBuiltinTemplate("nope")).toBeUndefined();
  });
});
