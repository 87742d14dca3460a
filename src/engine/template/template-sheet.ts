import type { Localized } from "../../i18n/lang";
import { isCellError, isEmptyCell, type CellValue } from "../table/cell";
import { cellText } from "../table/cell-text";
import { columnLetter } from "../table/column-letter";
import { normalizeLabel } from "../table/normalize-label";
import {
  ARCHIVE_PARTS,
  parseTemplate,
  type TemplateError,
  type TemplateResult,
} from "./parse-template";
import type { ArchivePart, Template, TemplateField } from "./types";

/*
 * A template as a sheet a manager edits in Excel: a header row, then one row per field. Columns are
 * found by their header (either language), so they may be moved; the written order is SHEET_COLUMNS.
 */

type ColumnKey =
  | "id"
  | "zh"
  | "en"
  | "type"
  | "required"
  | "unique"
  | "min"
  | "max"
  | "pattern"
  | "values"
  | "aliases"
  | "part"
  | "weight"
  | "past";

interface SheetColumn {
  key: ColumnKey;
  /** The header written by templateToRows. */
  header: string;
  /** Other headers read as this column. */
  accepts: string[];
}

export const SHEET_COLUMNS: readonly SheetColumn[] = [
  { key: "id", header: "id", accepts: ["字段", "字段id", "field", "name"] },
  { key: "zh", header: "中文", accepts: ["中文标题", "中文名", "Chinese"] },
  { key: "en", header: "English", accepts: ["英文", "英文标题", "英文名"] },
  { key: "type", header: "类型 type", accepts: ["类型", "type"] },
  { key: "required", header: "必填 required", accepts: ["必填", "required"] },
  { key: "unique", header: "唯一 unique", accepts: ["唯一", "unique"] },
  { key: "min", header: "最小 min", accepts: ["最小", "最小值", "min", "minimum"] },
  { key: "max", header: "最大 max", accepts: ["最大", "最大值", "max", "maximum"] },
  { key: "pattern", header: "格式 pattern", accepts: ["格式", "正则", "pattern"] },
  {
    key: "values",
    header: "允许值 allowed values",
    accepts: ["允许值", "可选值", "allowed values", "enum"],
  },
  { key: "aliases", header: "别名 aliases", accepts: ["别名", "aliases"] },
  { key: "part", header: "部分 part", accepts: ["部分", "档案部分", "part"] },
  { key: "weight", header: "权重 weight", accepts: ["权重", "weight"] },
  { key: "past", header: "不晚于基准日 past", accepts: ["不晚于基准日", "past"] },
];

/** Type names a sheet may use: the Frictionless ones, Chinese ones, and phone/email for formatted strings. */
const TYPE_WORDS: Record<string, Pick<TemplateField, "type" | "format">> = {
  string: { type: "string" },
  number: { type: "number" },
  integer: { type: "integer" },
  boolean: { type: "boolean" },
  date: { type: "date" },
  phone: { type: "string", format: "phone" },
  email: { type: "string", format: "email" },
  文本: { type: "string" },
  数字: { type: "number" },
  数值: { type: "number" },
  整数: { type: "integer" },
  是否: { type: "boolean" },
  布尔: { type: "boolean" },
  日期: { type: "date" },
  电话: { type: "string", format: "phone" },
  邮箱: { type: "string", format: "email" },
};

const PART_WORDS: Record<string, ArchivePart> = {
  基础资料: "basic",
  信用与财务: "credit",
  交易状况: "transactions",
  退赔折价: "returns",
};

const YES = ["是", "true", "yes", "y", "1", "√", "✓"];
const NO = ["否", "false", "no", "n", "0", "×"];
/** Separators of a list cell: "|", "、", ";" (and the full-width ones). */
const LIST_SEPARATOR = /[|｜、;；]/;

function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function typeWord(field: TemplateField): string {
  return field.format === "phone" || field.format === "email" ? field.format : field.type;
}

/** One template field as its sheet row, in SHEET_COLUMNS order. */
function fieldRow(f: TemplateField): CellValue[] {
  const c = f.constraints ?? {};
  const lengths = f.type === "string";
  const min = lengths ? c.minLength : c.minimum;
  const max = lengths ? c.maxLength : c.maximum;
  const values = (c.enum ?? []).map((v) => [v, ...(f.enumSynonyms?.[v] ?? [])].join("="));
  return [
    f.name,
    f.title["zh-CN"],
    f.title["en-US"],
    typeWord(f),
    c.required ? "是" : "否",
    c.unique ? "是" : "否",
    min ?? null,
    max ?? null,
    c.pattern ?? null,
    values.length > 0 ? values.join("|") : null,
    f.aliases && f.aliases.length > 0 ? f.aliases.join("|") : null,
    f.part ?? null,
    f.weight ?? null,
    f.past ? "是" : "否",
  ];
}

/** A template as sheet rows: a header row, then one row per field (lists joined with "|"). */
export function templateToRows(template: Template): CellValue[][] {
  return [SHEET_COLUMNS.map((c) => c.header), ...template.fields.map(fieldRow)];
}

/** Reads the cells of one sheet row into the JSON form parseTemplate checks. */
class RowReader {
  constructor(
    private readonly cells: CellValue[],
    private readonly sheetRow: number,
    private readonly columns: Map<ColumnKey, number>,
    private readonly errors: TemplateError[]
  ) {}

  where(key: ColumnKey): { path: string; zh: string; en: string } {
    const index = this.columns.get(key) ?? 0;
    const letter = columnLetter(index);
    const header = SHEET_COLUMNS.find((c) => c.key === key)?.header ?? key;
    return {
      path: `${letter}${this.sheetRow}`,
      zh: `第 ${this.sheetRow} 行 ${letter} 列（${header}）`,
      en: `Row ${this.sheetRow}, column ${letter} (${header})`,
    };
  }

  fail(key: ColumnKey, message: Localized): undefined {
    const w = this.where(key);
    this.errors.push({
      path: w.path,
      message: { "zh-CN": `${w.zh}：${message["zh-CN"]}`, "en-US": `${w.en}: ${message["en-US"]}` },
    });
    return undefined;
  }

  raw(key: ColumnKey): CellValue {
    const index = this.columns.get(key);
    return index === undefined ? null : (this.cells[index] ?? null);
  }

  text(key: ColumnKey): string | undefined {
    const raw = this.raw(key);
    if (isCellError(raw)) {
      return this.fail(key, {
        "zh-CN": `单元格是错误值 ${raw.error}`,
        "en-US": `the cell holds the error ${raw.error}`,
      });
    }
    return isEmptyCell(raw) ? undefined : cellText(raw).trim();
  }

  bool(key: ColumnKey): boolean | undefined {
    const raw = this.raw(key);
    if (typeof raw === "boolean") return raw;
    const t = this.text(key);
    if (t === undefined) return false;
    const k = t.toLowerCase();
    if (YES.includes(k)) return true;
    if (NO.includes(k)) return false;
    return this.fail(key, {
      "zh-CN": `“${t}”应为 是 或 否`,
      "en-US": `"${t}" must be 是/否 or TRUE/FALSE`,
    });
  }

  number(key: ColumnKey): number | undefined {
    const raw = this.raw(key);
    if (typeof raw === "number") return raw;
    const t = this.text(key);
    if (t === undefined) return undefined;
    const n = Number(t.normalize("NFKC"));
    if (Number.isFinite(n)) return n;
    return this.fail(key, { "zh-CN": `“${t}”不是数字`, "en-US": `"${t}" is not a number` });
  }
}

/** The template field a sheet row describes, as JSON for parseTemplate (which checks the rest). */
function readFieldRow(r: RowReader): Record<string, unknown> {
  const name = r.text("id");
  const zh = r.text("zh");
  const en = r.text("en");
  const field: Record<string, unknown> = {
    name: name ?? "",
    // One language is enough in a sheet: the other falls back to it, then to the id.
    title: { "zh-CN": zh ?? en ?? name ?? "", "en-US": en ?? zh ?? name ?? "" },
  };
  const typeText = r.text("type") ?? "string";
  const typed = TYPE_WORDS[typeText.toLowerCase()];
  if (typed === undefined) {
    r.fail("type", {
      "zh-CN": `“${typeText}”不是可用的类型；请用 string、number、integer、boolean、date、phone 或 email`,
      "en-US": `"${typeText}" is not a type; use string, number, integer, boolean, date, phone or email`,
    });
  }
  field.type = typed?.type ?? "string";
  if (typed?.format !== undefined) field.format = typed.format;
  const constraints: Record<string, unknown> = {};
  if (r.bool("required")) constraints.required = true;
  if (r.bool("unique")) constraints.unique = true;
  const min = r.number("min");
  const max = r.number("max");
  for (const [key, value] of [
    ["min", min],
    ["max", max],
  ] as const) {
    if (value === undefined) continue;
    if (field.type === "string") constraints[key === "min" ? "minLength" : "maxLength"] = value;
    else if (field.type === "number" || field.type === "integer")
      constraints[key === "min" ? "minimum" : "maximum"] = value;
    else
      r.fail(key, {
        "zh-CN": `${String(field.type)} 类型的字段不能设最小/最大值`,
        "en-US": `a ${String(field.type)} field takes no min or max`,
      });
  }
  const pattern = r.text("pattern");
  if (pattern !== undefined) constraints.pattern = pattern;
  const valuesText = r.text("values");
  if (valuesText !== undefined) {
    const synonyms: Record<string, string[]> = {};
    const values = splitList(valuesText).map((item) => {
      const [value, ...others] = item
        .split(/[=＝]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
      if (others.length > 0) synonyms[value] = others;
      return value;
    });
    constraints.enum = values;
    if (Object.keys(synonyms).length > 0) field.enumSynonyms = synonyms;
  }
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  const aliases = r.text("aliases");
  if (aliases !== undefined) field.aliases = splitList(aliases);
  const part = r.text("part");
  if (part !== undefined) {
    const p = PART_WORDS[part] ?? part.toLowerCase();
    if ((ARCHIVE_PARTS as readonly string[]).includes(p)) field.part = p;
    else {
      r.fail("part", {
        "zh-CN": `“${part}”不是档案部分；请用 basic（基础资料）、credit（信用与财务）、transactions（交易状况）或 returns（退赔折价）`,
        "en-US": `"${part}" is not a part; use basic, credit, transactions or returns`,
      });
    }
  }
  const weight = r.number("weight");
  if (weight !== undefined) field.weight = weight;
  if (r.bool("past")) field.past = true;
  return field;
}

/** Which sheet column a parseTemplate path inside a field ("constraints.minimum") belongs to. */
function columnOfPath(rest: string, type: unknown): ColumnKey {
  const head = rest.replace(/^\./, "").split(/[.[]/)[0];
  const sub = rest.split(".")[2] ?? "";
  switch (head) {
    case "name":
      return "id";
    case "title":
      return rest.includes("en-US") ? "en" : "zh";
    case "format":
      return "type";
    case "enumSynonyms":
      return "values";
    case "constraints":
      if (/^(minimum|minLength)/.test(sub)) return "min";
      if (/^(maximum|maxLength)/.test(sub)) return "max";
      if (sub.startsWith("enum")) return "values";
      if (sub.startsWith("required") || sub.startsWith("unique") || sub.startsWith("pattern"))
        return sub.replace(/\W.*$/, "") as ColumnKey;
      return type === "string" ? "values" : "min";
    default:
      return (SHEET_COLUMNS.some((c) => c.key === head) ? head : "id") as ColumnKey;
  }
}

/**
 * Reads a template from a sheet's rows (templateToRows's layout; columns may be moved and either
 * language's header used). Errors name the sheet row and column ("D3"), in both languages.
 */
export function templateFromRows(
  rows: CellValue[][],
  id: string,
  title: Localized
): TemplateResult {
  const errors: TemplateError[] = [];
  // The header is the first row naming an id column: title or note rows above it are common.
  let headerIndex = -1;
  const columns = new Map<ColumnKey, number>();
  for (let i = 0; i < Math.min(rows.length, 20) && headerIndex < 0; i++) {
    columns.clear();
    (rows[i] ?? []).forEach((cell, index) => {
      const key = normalizeLabel(cellText(cell));
      const column = SHEET_COLUMNS.find((c) =>
        [c.header, ...c.accepts].some((a) => normalizeLabel(a) === key)
      );
      if (key !== "" && column !== undefined && !columns.has(column.key))
        columns.set(column.key, index);
    });
    if (columns.has("id")) headerIndex = i;
  }
  if (!columns.has("id")) {
    return {
      errors: [
        {
          path: "A1",
          message: {
            "zh-CN": `找不到表头：模板表需要一行列标题，其中有“id”列（${SHEET_COLUMNS.map((c) => c.header).join("、")}）`,
            "en-US": `no header found: a template sheet needs a header row with an "id" column (${SHEET_COLUMNS.map((c) => c.header).join(", ")})`,
          },
        },
      ],
    };
  }
  const fields: Record<string, unknown>[] = [];
  const sheetRows: number[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.every((c) => isEmptyCell(c))) continue;
    const reader = new RowReader(cells, i + 1, columns, errors);
    if (reader.text("id") === undefined) {
      reader.fail("id", {
        "zh-CN": "这一行有内容但没有字段 id",
        "en-US": "this row has content but no field id",
      });
      continue;
    }
    fields.push(readFieldRow(reader));
    sheetRows.push(i + 1);
  }
  if (errors.length > 0) return { errors };
  const parsed = parseTemplate({ id, title, version: 1, fields });
  if ("template" in parsed) return parsed;
  // Point parseTemplate's JSON paths back at sheet cells.
  return {
    errors: parsed.errors.map((e) => {
      const m = /^fields\[(\d+)\](.*)$/.exec(e.path);
      if (m === null) {
        if (e.path === "fields") {
          return {
            path: `A${headerIndex + 2}`,
            message: {
              "zh-CN": "模板表没有列出任何字段",
              "en-US": "the template sheet lists no fields",
            },
          };
        }
        return e;
      }
      const i = Number(m[1]);
      const key = columnOfPath(m[2], fields[i]?.type);
      const reader = new RowReader(rows[sheetRows[i] - 1] ?? [], sheetRows[i], columns, []);
      const w = reader.where(key);
      return {
        path: w.path,
        message: {
          "zh-CN": `${w.zh}：${e.message["zh-CN"]}`,
          "en-US": `${w.en}: ${e.message["en-US"]}`,
        },
      };
    }),
  };
}
