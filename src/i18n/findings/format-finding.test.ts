import { ENTERPRISE_TEMPLATE } from "../../engine/template/enterprise";
import type { Finding, FindingCode } from "../../engine/validate/finding";
import { makeFinding } from "../../engine/validate/make-finding";
import { SEVERITY } from "../../engine/validate/severity";
import { LANGS } from "../lang";
import { EN_US_MESSAGES } from "./en-US";
import { formatFinding } from "./format-finding";
import { ZH_CN_MESSAGES } from "./zh-CN";

const ALL_CODES = Object.keys(SEVERITY) as FindingCode[];

/** A realistic finding of each code, on row 12 and a field where the code has one. */
const SAMPLES: Record<FindingCode, Finding> = {
  "header-not-found": makeFinding(
    "header-not-found",
    { row: null, column: null, field: null },
    { sheet: "客户档案" }
  ),
  "blank-label": makeFinding("blank-label", { row: 12, column: "C", field: null }),
  "duplicate-label": makeFinding(
    "duplicate-label",
    { row: 12, column: "D", field: "name" },
    { label: "Company", firstColumn: "B" }
  ),
  "missing-label": makeFinding(
    "missing-label",
    { row: 12, column: null, field: "name" },
    { required: true }
  ),
  "extra-label": makeFinding(
    "extra-label",
    { row: 12, column: "F", field: null },
    { label: "备注" }
  ),
  "blank-row": makeFinding("blank-row", { row: 12, column: null, field: null }),
  "repeated-header": makeFinding(
    "repeated-header",
    { row: 12, column: null, field: null },
    { headerRow: 1 }
  ),
  "missing-cell": makeFinding(
    "missing-cell",
    { row: 12, column: "B", field: "name" },
    { reason: "required" }
  ),
  "extra-cell": makeFinding("extra-cell", { row: 12, column: "H", field: null }, { value: "x" }),
  "type-error": makeFinding(
    "type-error",
    { row: 12, column: "C", field: "phone" },
    { value: "138-1234", type: "string", format: "phone", problem: "bad-phone" }
  ),
  "constraint-error": makeFinding(
    "constraint-error",
    { row: 12, column: "E", field: "influence" },
    { constraint: "maximum", limit: 5, value: "6" }
  ),
  "unique-error": makeFinding(
    "unique-error",
    { row: 12, column: "A", field: "customer_id" },
    { value: "C1", firstRow: 3 }
  ),
  "duplicate-row": makeFinding(
    "duplicate-row",
    { row: 12, column: null, field: null },
    { firstRow: 3 }
  ),
  "fuzzy-duplicate": makeFinding(
    "fuzzy-duplicate",
    { row: 12, column: "B", field: "name" },
    { value: "华为技术", firstRow: 3, firstId: "C1", id: "C9" }
  ),
  "formula-error": makeFinding(
    "formula-error",
    { row: 12, column: "Q", field: "total_assets" },
    { value: "#DIV/0!" }
  ),
  "cross-field-error": makeFinding(
    "cross-field-error",
    { row: 12, column: "AF", field: "last_purchase" },
    {
      rule: "last-before-first",
      value: "2024-01-01",
      other: "first_purchase",
      otherValue: "2024-02-01",
    }
  ),
  "future-date": makeFinding(
    "future-date",
    { row: 12, column: "K", field: "founded" },
    { value: "2030-01-01", asOf: "2024-06-30" }
  ),
  "stale-record": makeFinding(
    "stale-record",
    { row: 12, column: "O", field: "last_updated" },
    { value: "2022-01-01", days: 911, limit: 365 }
  ),
  "format-fix": makeFinding(
    "format-fix",
    { row: 12, column: "L", field: "registered_capital" },
    { value: "1,234.50", reading: "thousands-separator", fixed: "1234.5" },
    1234.5
  ),
  "unknown-customer": makeFinding(
    "unknown-customer",
    { row: 12, column: "A", field: "customer_id" },
    { value: "C404" }
  ),
  "transactions-override": makeFinding(
    "transactions-override",
    { row: 12, column: "AG", field: "orders" },
    { value: 3, transactionsValue: 5 }
  ),
};

describe("finding messages", () => {
  it("exist for every finding code in both languages", () => {
    for (const code of ALL_CODES) {
      expect(typeof ZH_CN_MESSAGES[code]).toBe("function");
      expect(typeof EN_US_MESSAGES[code]).toBe("function");
    }
    expect(Object.keys(ZH_CN_MESSAGES).sort()).toEqual([...ALL_CODES].sort());
    expect(Object.keys(EN_US_MESSAGES).sort()).toEqual([...ALL_CODES].sort());
  });

  it("name the row and the field's title (or the column) in each language", () => {
    for (const code of ALL_CODES) {
      const f = SAMPLES[code];
      for (const lang of LANGS) {
        const text = formatFinding(f, lang, ENTERPRISE_TEMPLATE);
        if (f.row !== null)
          expect([code, lang, text.includes(String(f.row))]).toEqual([code, lang, true]);
        const title = f.field
          ? ENTERPRISE_TEMPLATE.fields.find((x) => x.name === f.field)?.title[lang]
          : f.column;
        if (title) expect([code, lang, text.includes(title)]).toEqual([code, lang, true]);
        expect(text).not.toMatch(/undefined|null|\[object/);
      }
    }
  });

  it("reads as the examples", () => {
    const f = SAMPLES["type-error"];
    expect(formatFinding(f, "zh-CN", ENTERPRISE_TEMPLATE)).toBe(
      "第 12 行 联系电话「138-1234」不是有效的电话号码"
    );
    expect(formatFinding(f, "en-US", ENTERPRISE_TEMPLATE)).toBe(
      'Row 12, Phone: "138-1234" is not a valid phone number'
    );
    expect(formatFinding(SAMPLES["header-not-found"], "en-US")).toContain('Sheet "客户档案"');
    expect(formatFinding(SAMPLES["cross-field-error"], "zh-CN", ENTERPRISE_TEMPLATE)).toBe(
      "第 12 行 最近交易日期（2024-01-01）早于首次交易日期（2024-02-01）"
    );
    expect(formatFinding(SAMPLES["constraint-error"], "en-US", ENTERPRISE_TEMPLATE)).toBe(
      'Row 12, Influence (1-5): "6" is above the maximum of 5'
    );
    expect(formatFinding(SAMPLES["blank-label"], "zh-CN")).toBe("第 12 行（表头）C 列的标题为空");
  });

  it("words a run of empty rows as one range in each language", () => {
    const run = makeFinding(
      "blank-row",
      { row: 5, column: null, field: null },
      { lastRow: 1_048_575, count: 1_048_571 }
    );
    expect(formatFinding(run, "en-US")).toBe("Rows 5-1048575: 1048571 rows in a row are empty");
    expect(formatFinding(run, "zh-CN")).toBe("第 5-1048575 行是连续 1048571 个空行");
  });

  it("names a field by its id without a template", () => {
    expect(formatFinding(SAMPLES["missing-cell"], "en-US")).toBe(
      "Row 12, name: empty, but it is required"
    );
  });

  it("words each constraint, type and cross-field rule", () => {
    const constraint = (constraint: string, limit: string | number) =>
      formatFinding(
        { ...SAMPLES["constraint-error"], params: { constraint, limit, value: "v" } },
        "en-US",
        ENTERPRISE_TEMPLATE
      );
    expect(constraint("minimum", 1)).toContain("below the minimum of 1");
    expect(constraint("enum", "低|中|高")).toContain("(低, 中, 高)");
    expect(constraint("minLength", 2)).toContain("shorter than 2");
    expect(constraint("maxLength", 2)).toContain("longer than 2");
    expect(constraint("pattern", "\\d+")).toContain("pattern \\d+");
    const type = (t: string, format: string | null) =>
      formatFinding(
        { ...SAMPLES["type-error"], params: { value: "v", type: t, format, problem: null } },
        "zh-CN",
        ENTERPRISE_TEMPLATE
      );
    expect(type("date", null)).toContain("不是有效的日期");
    expect(type("string", "email")).toContain("不是有效的电子邮箱地址");
    expect(type("integer", null)).toContain("不是整数");
    const rule = (r: string, other: string) =>
      formatFinding(
        {
          ...SAMPLES["cross-field-error"],
          field: "orders",
          params: { rule: r, value: 0, other, otherValue: "100" },
        },
        "zh-CN",
        ENTERPRISE_TEMPLATE
      );
    expect(rule("orders-zero-with-sales", "sales_amount")).toBe(
      "第 12 行 交易次数为 0，但累计销售额为 100"
    );
    expect(rule("current-above-total-assets", "total_assets")).toContain("大于资产总额");
  });
});
