import { normalizeLabel, stripBracketed } from "./normalize-label";

describe("normalizeLabel", () => {
  it("drops white space, including full-width spaces", () => {
    expect(normalizeLabel("客户 名称")).toBe("客户名称");
    expect(normalizeLabel(" 客户\u3000名称\t")).toBe("客户名称");
  });

  it("ignores case", () => {
    expect(normalizeLabel("Customer Name")).toBe(normalizeLabel("CUSTOMER NAME"));
    expect(normalizeLabel("NAME")).toBe("name");
  });

  it("turns full-width letters and digits into ASCII", () => {
    expect(normalizeLabel("ＥＢＩＴ")).toBe("ebit");
    expect(normalizeLabel("影响力（１-５）")).toBe("影响力15");
  });

  it("drops ASCII punctuation, so an id with underscores equals its spaced title", () => {
    expect(normalizeLabel("customer_id")).toBe(normalizeLabel("Customer-ID"));
    expect(normalizeLabel("E-mail")).toBe("email");
    expect(normalizeLabel("Co.,Ltd./Inc.")).toBe("coltdinc");
    expect(normalizeLabel("a+b=c|d~e")).toBe("abcde");
  });

  it("drops CJK punctuation", () => {
    expect(normalizeLabel("担保/抵押价值")).toBe("担保抵押价值");
    expect(normalizeLabel("【客户】《名称》，。、：；“”‘’")).toBe("客户名称");
    expect(normalizeLabel("客户·名称")).toBe("客户名称");
  });

  it("keeps letters, digits and currency signs", () => {
    expect(normalizeLabel("Sales ¥ 2024")).toBe("sales¥2024");
  });

  it("gives the empty text for punctuation only", () => {
    expect(normalizeLabel(" - / ")).toBe("");
  });
});

describe("normalizeLabel on ASCII letters and digits", () => {
  it("gives what the full normalisation gives, the slow way", () => {
    const slow = (t: string) =>
      t
        .normalize("NFKC")
        .toLowerCase()
        .replace(/[\s\p{P}\p{Cf}$+<=>^`|~]/gu, "");
    for (const text of ["C0000001", "CustomerID", "abc", "", "ID2", "x9Y8"]) {
      expect([text, normalizeLabel(text)]).toEqual([text, slow(text)]);
    }
    expect(normalizeLabel("C-0001")).toBe("c0001");
  });
});

describe("stripBracketed", () => {
  it("removes a unit in ASCII or full-width brackets", () => {
    expect(stripBracketed("注册资本(万元)")).toBe("注册资本");
    expect(stripBracketed("注册资本（万元）")).toBe("注册资本");
    expect(stripBracketed("注册资本【万元】")).toBe("注册资本");
    expect(stripBracketed("Amount [CNY]")).toBe("Amount ");
  });

  it("removes a pair typed half in ASCII and half full-width", () => {
    expect(stripBracketed("注册资本(万元）")).toBe("注册资本");
  });

  it("removes nested and repeated brackets", () => {
    expect(stripBracketed("A (b (c)) d [e]")).toBe("A  d ");
  });

  it("leaves an unclosed bracket alone", () => {
    expect(stripBracketed("注册资本(万元")).toBe("注册资本(万元");
  });

  it("leaves text without brackets unchanged", () => {
    expect(stripBracketed("Revenue")).toBe("Revenue");
  });
});
