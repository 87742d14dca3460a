import { enumLookup } from "./enum-lookup";
import { testField } from "./test-template";

const risk = testField("industry_risk", "string", {
  constraints: { enum: ["低", "中", "高"] },
  enumSynonyms: { 低: ["low"], 中: ["medium"], 高: ["high"] },
});
const form = testField("legal_form", "string", {
  constraints: { enum: ["有限责任公司", "其他"] },
  enumSynonyms: { 有限责任公司: ["limited liability company"], 其他: ["other"] },
});

describe("enumLookup", () => {
  it("finds canonical values and synonyms, ignoring case, spaces and full-width forms", () => {
    expect(enumLookup(risk, "低")).toBe("低");
    expect(enumLookup(risk, " 高 ")).toBe("高");
    expect(enumLookup(risk, "LOW")).toBe("低");
    expect(enumLookup(risk, "Ｍｅｄｉｕｍ")).toBe("中");
    expect(enumLookup(form, "Limited Liability Company")).toBe("有限责任公司");
    expect(enumLookup(form, "limitedliabilitycompany")).toBe("有限责任公司");
    expect(enumLookup(form, "有限 责任 公司")).toBe("有限责任公司");
  });

  it("gives null for an unknown spelling or a field without an enum", () => {
    expect(enumLookup(risk, "极高")).toBeNull();
    expect(enumLookup(testField("name"), "低")).toBeNull();
  });

  it("lets a canonical value win over a synonym spelled the same", () => {
    const field = testField("x", "string", {
      constraints: { enum: ["a", "b"] },
      enumSynonyms: { b: ["A"] },
    });
    expect(enumLookup(field, "A")).toBe("a");
  });
});
