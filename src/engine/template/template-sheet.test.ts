import type { CellValue } from "../table/cell";
import { BUILTIN_TEMPLATES } from "./builtin";
import type { TemplateError } from "./parse-template";
import { SHEET_COLUMNS, templateFromRows, templateToRows } from "./template-sheet";
import type { Template } from "./types";

const TITLE = { "zh-CN": "我的模板", "en-US": "Mine" };

function errorsOf(rows: CellValue[][]): TemplateError[] {
  const result = templateFromRows(rows, "mine", TITLE);
  if (!("errors" in result)) throw new Error("expected errors");
  return result.errors;
}

function fieldsOf(rows: CellValue[][]): Template["fields"] {
  const result = templateFromRows(rows, "mine", TITLE);
  if (!("template" in result)) throw new Error(JSON.stringify(result.errors));
  return result.template.fields;
}

const HEADER = SHEET_COLUMNS.map((c) => c.header);

describe("templateToRows / templateFromRows", () => {
  it("round-trips every built-in template", () => {
    for (const t of BUILTIN_TEMPLATES) {
      expect(templateFromRows(templateToRows(t), t.id, t.title)).toEqual({ template: t });
    }
  });

  it("writes a header then one row per field, synonyms as value=synonym and lists with |", () => {
    const enterprise = BUILTIN_TEMPLATES[0];
    const rows = templateToRows(enterprise);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(enterprise.fields.length + 1);
    const legal = rows[3];
    expect(legal.slice(0, 6)).toEqual([
      "legal_form",
      "企业类型",
      "Legal form",
      "string",
      "否",
      "否",
    ]);
    expect(String(legal[9])).toMatch(
      /^有限责任公司=limited liability company=LLC=有限公司\|股份有限公司=/
    );
    const phone = rows.find((r) => r[0] === "phone");
    expect(phone?.[3]).toBe("phone");
    expect(String(phone?.[10])).toContain("电话|手机|Tel|Mobile");
  });

  it("round-trips weights, string lengths and patterns", () => {
    const t: Template = {
      id: "mine",
      title: TITLE,
      version: 1,
      fields: [
        {
          name: "code",
          title: { "zh-CN": "代码", "en-US": "Code" },
          type: "string",
          constraints: { required: true, minLength: 2, maxLength: 8, pattern: "[A-Z]+\\d*" },
          part: "basic",
          weight: 3,
        },
        {
          name: "score",
          title: { "zh-CN": "得分", "en-US": "Score" },
          type: "number",
          constraints: { minimum: -1.5, maximum: 10 },
          part: "credit",
        },
      ],
    };
    expect(templateFromRows(templateToRows(t), "mine", TITLE)).toEqual({ template: t });
  });

  it("reads what a manager types: moved columns, either language, 、 and ; lists, TRUE/FALSE, Chinese types and parts", () => {
    const rows: CellValue[][] = [
      ["模板说明：客户表"],
      [],
      ["别名", "id", "类型", "必填", "唯一", "允许值", "部分", "中文", "最小"],
      ["编号、代码; No", "cid", "文本", true, "TRUE", null, "基础资料", "客户编号", null],
      [null, "risk", "string", "FALSE", "否", "低=low；中=medium、高", "credit", "风险", null],
      [null, null, null, null, null, null, null, null, null],
      [null, "n", "整数", "", "", null, null, null, "0"],
    ];
    expect(fieldsOf(rows)).toEqual([
      {
        name: "cid",
        title: { "zh-CN": "客户编号", "en-US": "客户编号" },
        type: "string",
        constraints: { required: true, unique: true },
        aliases: ["编号", "代码", "No"],
        part: "basic",
      },
      {
        name: "risk",
        title: { "zh-CN": "风险", "en-US": "风险" },
        type: "string",
        constraints: { enum: ["低", "中", "高"] },
        enumSynonyms: { 低: ["low"], 中: ["medium"] },
        part: "credit",
      },
      {
        name: "n",
        title: { "zh-CN": "n", "en-US": "n" },
        type: "integer",
        constraints: { minimum: 0 },
      },
    ]);
  });

  it("names the sheet row and column of a bad cell", () => {
    const rows: CellValue[][] = [
      HEADER,
      ["a", "甲", "A", "string"],
      ["amount", "金额", "Amount", "money"],
    ];
    const errors = errorsOf(rows);
    expect(errors.map((e) => e.path)).toEqual(["D3"]);
    expect(errors[0].message["zh-CN"]).toContain("第 3 行 D 列");
    expect(errors[0].message["en-US"]).toMatch(
      /^Row 3, column D \(类型 type\): "money" is not a type/
    );
  });

  it("reports bad yes/no, numbers, parts and min on a date", () => {
    const rows: CellValue[][] = [
      HEADER,
      ["a", "甲", "A", "string", "maybe"],
      ["b", "乙", "B", "number", "否", "否", "lots"],
      ["c", "丙", "C", "date", "否", "否", 1],
      ["d", "丁", "D", "string", "否", "否", null, null, null, null, null, "misc"],
      [null, "戊"],
    ];
    expect(errorsOf(rows).map((e) => e.path)).toEqual(["E2", "G3", "G4", "L5", "A6"]);
  });

  it("maps parseTemplate's errors back to cells", () => {
    const rows: CellValue[][] = [
      HEADER,
      ["a", "甲", "A", "number", "否", "否", 5, 1],
      ["b", "乙", "B", "string", "否", "否", null, null, "([x"],
      ["a", "乙", "B"],
      ["c", "丙", "C", "string", "否", "否", null, null, null, "x=y|z=Y", "甲"],
    ];
    const errors = errorsOf(rows);
    expect(errors.map((e) => e.path)).toEqual(["H2", "I3", "A4", "J5"]);
    expect(errors[2].message["en-US"]).toContain("Row 4, column A (id)");
  });

  it("refuses a sheet without an id column or without fields", () => {
    expect(errorsOf([["名称", "类型"]]).map((e) => e.path)).toEqual(["A1"]);
    expect(errorsOf([]).map((e) => e.path)).toEqual(["A1"]);
    expect(errorsOf([HEADER]).map((e) => e.path)).toEqual(["A2"]);
  });
});
