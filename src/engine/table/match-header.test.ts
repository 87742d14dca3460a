import { buildHeaderMatcher } from "./match-header";
import { customerTemplate, testField, testTemplate } from "./test-template";

const match = buildHeaderMatcher(customerTemplate());

describe("buildHeaderMatcher", () => {
  it("matches the id, both titles and every alias", () => {
    expect(match("customer_id")).toBe("customer_id");
    expect(match("客户编号")).toBe("customer_id");
    expect(match("Customer ID")).toBe("customer_id");
    expect(match("编号")).toBe("customer_id");
    expect(match("Customer No")).toBe("customer_id");
    expect(match("企业名称")).toBe("name");
    expect(match("Tel")).toBe("phone");
    expect(match("E-mail")).toBe("email");
  });

  it("ignores case, spaces, punctuation and full-width forms (客户名称 = 客户 名称 = Customer Name = NAME)", () => {
    expect(match("客户名称")).toBe("name");
    expect(match("客户 名称")).toBe("name");
    expect(match("Customer Name")).toBe("name");
    expect(match("NAME")).toBe("name");
    expect(match("ＣＵＳＴＯＭＥＲ＿ＩＤ")).toBe("customer_id");
    expect(match("【客户名称】")).toBe("name");
  });

  it("matches a title with its unit, without it, or with another bracket style", () => {
    expect(match("注册资本(万元)")).toBe("registered_capital");
    expect(match("注册资本")).toBe("registered_capital");
    expect(match("注册资本（万元）")).toBe("registered_capital");
    expect(match("注册资本(元)")).toBe("registered_capital");
    expect(match("员工人数（人）")).toBe("employees");
  });

  it("compares whole labels before bracket-free ones: Revenue (last year) is revenue_prev, not revenue", () => {
    expect(match("Revenue (last year)")).toBe("revenue_prev");
    expect(match("Revenue (this year)")).toBe("revenue");
    expect(match("Revenue")).toBe("revenue");
    expect(match("Revenue (2024)")).toBe("revenue");
    expect(match("上年营业收入(万元)")).toBe("revenue_prev");
  });

  it("gives null for unknown, blank and bracket-only labels", () => {
    expect(match("备注")).toBeNull();
    expect(match("")).toBeNull();
    expect(match("  ")).toBeNull();
    expect(match("(万元)")).toBeNull();
  });

  it("keeps the earlier field when two fields share a spelling", () => {
    const m = buildHeaderMatcher(
      testTemplate([
        testField("a", "string", { aliases: ["x"] }),
        testField("b", "string", { aliases: ["X"] }),
      ])
    );
    expect(m("x")).toBe("a");
  });
});
