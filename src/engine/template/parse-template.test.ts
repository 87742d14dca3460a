import { BUILTIN_TEMPLATES } from "./builtin";
import { parseTemplate, type TemplateError } from "./parse-template";

function errorsOf(json: unknown): TemplateError[] {
  const result = parseTemplate(json);
  if (!("errors" in result)) throw new Error("expected errors");
  return result.errors;
}

const minimal = {
  id: "mine",
  title: { "zh-CN": "我的模板", "en-US": "Mine" },
  fields: [
    { name: "customer_id", title: { "zh-CN": "客户编号", "en-US": "Customer ID" }, type: "string" },
  ],
};

function withField(extra: Record<string, unknown>): unknown {
  return {
    ...minimal,
    fields: [
      ...minimal.fields,
      { name: "x", title: { "zh-CN": "某字段", "en-US": "X" }, type: "string", ...extra },
    ],
  };
}

describe("parseTemplate", () => {
  it("accepts the three built-ins unchanged (through JSON)", () => {
    for (const t of BUILTIN_TEMPLATES) {
      expect(parseTemplate(JSON.parse(JSON.stringify(t)))).toEqual({ template: t });
    }
  });

  it("defaults the version to 1 and keeps part weights", () => {
    const result = parseTemplate({ ...minimal, partWeights: { basic: 70, credit: 30 } });
    expect(result).toEqual({
      template: { ...minimal, version: 1, partWeights: { basic: 70, credit: 30 } },
    });
  });

  it("names an unknown type and lists the types, in both languages", () => {
    const fields = [
      ...minimal.fields,
      {},
      {},
      { name: "amount", title: { "zh-CN": "金额", "en-US": "Amount" }, type: "money" },
    ];
    const errors = errorsOf({ ...minimal, fields }).filter((e) => e.path === "fields[3].type");
    expect(errors).toEqual([
      {
        path: "fields[3].type",
        message: {
          "en-US": '"money" is not a type; use string, number, integer, boolean or date',
          "zh-CN": '"money" 不是可用的类型；请用 string、number、integer、boolean 或 date',
        },
      },
    ]);
  });

  it("refuses what is not a template", () => {
    expect(errorsOf(null)[0].path).toBe("");
    expect(errorsOf([]).length).toBe(1);
    expect(errorsOf({ ...minimal, fields: [] }).map((e) => e.path)).toEqual(["fields"]);
    expect(errorsOf({ ...minimal, id: "has space" }).map((e) => e.path)).toEqual(["id"]);
    expect(errorsOf({ ...minimal, title: { "zh-CN": "只有中文" } }).map((e) => e.path)).toEqual([
      "title.en-US",
    ]);
    expect(errorsOf({ ...minimal, version: 2 }).map((e) => e.path)).toEqual(["version"]);
    expect(errorsOf({ ...minimal, colour: "red" }).map((e) => e.path)).toEqual(["colour"]);
    expect(
      errorsOf({ ...minimal, partWeights: { basic: -1, misc: 2 } })
        .map((e) => e.path)
        .sort()
    ).toEqual(["partWeights.basic", "partWeights.misc"]);
  });

  it("catches misspelt keys and wrong values in a field", () => {
    expect(errorsOf(withField({ requried: true })).map((e) => e.path)).toEqual([
      "fields[1].requried",
    ]);
    expect(errorsOf(withField({ constraints: { required: "yes" } })).map((e) => e.path)).toEqual([
      "fields[1].constraints.required",
    ]);
    expect(errorsOf(withField({ format: "url" })).map((e) => e.path)).toEqual(["fields[1].format"]);
    expect(errorsOf(withField({ part: "misc" })).map((e) => e.path)).toEqual(["fields[1].part"]);
    expect(errorsOf(withField({ weight: -2 })).map((e) => e.path)).toEqual(["fields[1].weight"]);
    expect(errorsOf(withField({ aliases: ["ok", ""] })).map((e) => e.path)).toEqual([
      "fields[1].aliases[1]",
    ]);
    expect(errorsOf(withField({ name: "bad name" })).map((e) => e.path)).toEqual([
      "fields[1].name",
    ]);
  });

  it("checks constraints against the field type", () => {
    expect(errorsOf(withField({ constraints: { minimum: 0 } })).map((e) => e.path)).toEqual([
      "fields[1].constraints.minimum",
    ]);
    expect(
      errorsOf(withField({ type: "number", constraints: { minimum: 5, maximum: 1 } })).map(
        (e) => e.path
      )
    ).toEqual(["fields[1].constraints.maximum"]);
    expect(errorsOf(withField({ constraints: { minLength: 1.5 } })).map((e) => e.path)).toEqual([
      "fields[1].constraints.minLength",
    ]);
    expect(
      errorsOf(withField({ constraints: { minLength: 3, maxLength: 2 } })).map((e) => e.path)
    ).toEqual(["fields[1].constraints.maxLength"]);
    expect(errorsOf(withField({ constraints: { pattern: "([a-z" } })).map((e) => e.path)).toEqual([
      "fields[1].constraints.pattern",
    ]);
    expect(
      errorsOf(withField({ type: "number", constraints: { enum: ["1"] } })).map((e) => e.path)
    ).toEqual(["fields[1].constraints.enum"]);
    expect(errorsOf(withField({ constraints: { enum: [] } })).map((e) => e.path)).toEqual([
      "fields[1].constraints.enum",
    ]);
    expect(errorsOf(withField({ constraints: { enum: ["a", "a"] } })).map((e) => e.path)).toEqual([
      "fields[1].constraints.enum[1]",
    ]);
    expect(errorsOf(withField({ type: "number", format: "phone" })).map((e) => e.path)).toEqual([
      "fields[1].format",
    ]);
    expect(errorsOf(withField({ past: true })).map((e) => e.path)).toEqual(["fields[1].past"]);
  });

  it("refuses a pattern that could backtrack exponentially when the template loads", () => {
    const errors = errorsOf(withField({ constraints: { pattern: "(a+)+$" } }));
    expect(errors.map((e) => e.path)).toEqual(["fields[1].constraints.pattern"]);
    expect(errors[0].message["en-US"]).toBe(
      `the pattern "(a+)+$": '+' at 5 repeats a group with nested quantifiers (like (a+)+), which can take exponential time; use a character class or a fixed count instead`
    );
    expect(errors[0].message["zh-CN"]).toContain("指数");
    expect(
      errorsOf(withField({ constraints: { pattern: "(a)\\1" } }))[0].message["en-US"]
    ).toContain("backreference");
  });

  it("checks enum synonyms against the allowed values", () => {
    expect(errorsOf(withField({ enumSynonyms: { a: ["A"] } })).map((e) => e.path)).toEqual([
      "fields[1].enumSynonyms",
    ]);
    const enumField = { constraints: { enum: ["低", "高"] } };
    expect(
      errorsOf(withField({ ...enumField, enumSynonyms: { 中: ["medium"] } })).map((e) => e.path)
    ).toEqual(["fields[1].enumSynonyms.中"]);
    expect(
      errorsOf(withField({ ...enumField, enumSynonyms: { 低: ["low"], 高: ["LOW"] } })).map(
        (e) => e.path
      )
    ).toEqual(["fields[1].enumSynonyms.高[0]"]);
    expect(
      "template" in parseTemplate(withField({ ...enumField, enumSynonyms: { 低: ["low"] } }))
    ).toBe(true);
  });

  it("refuses two fields with the same name or a label two fields answer to", () => {
    const dup = { ...minimal, fields: [minimal.fields[0], minimal.fields[0]] };
    expect(errorsOf(dup).map((e) => e.path)).toEqual(["fields[1].name"]);
    const clash = withField({ aliases: ["Customer  id"] });
    const errors = errorsOf(clash);
    expect(errors.map((e) => e.path)).toEqual(["fields[1].aliases[0]"]);
    expect(errors[0].message["en-US"]).toContain("customer_id");
  });
});
