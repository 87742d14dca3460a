import type { Localized } from "../../i18n/lang";
import { normalizeLabel as labelKey } from "../table/normalize-label";
import type {
  ArchivePart,
  FieldConstraints,
  FieldFormat,
  FieldType,
  Template,
  TemplateField,
} from "./types";
import { patternProblem } from "./safe-pattern";

/** One problem in a template: where (a JSON path such as "fields[3].type") and what, in both languages. */
export interface TemplateError {
  path: string;
  message: Localized;
}

export type TemplateResult = { template: Template } | { errors: TemplateError[] };

/*
 * The key and value lists below are what template.schema.json allows; template.schema.test.ts keeps
 * the two in step, so a change to one without the other fails a test.
 */
export const TEMPLATE_KEYS = ["id", "title", "version", "fields", "partWeights"] as const;
export const FIELD_KEYS = [
  "name",
  "title",
  "type",
  "format",
  "constraints",
  "aliases",
  "enumSynonyms",
  "part",
  "weight",
  "past",
] as const;
export const CONSTRAINT_KEYS = [
  "required",
  "unique",
  "minimum",
  "maximum",
  "pattern",
  "enum",
  "minLength",
  "maxLength",
] as const;
export const FIELD_TYPES: readonly FieldType[] = ["string", "number", "integer", "boolean", "date"];
export const FIELD_FORMATS: readonly FieldFormat[] = ["default", "email", "phone"];
export const ARCHIVE_PARTS: readonly ArchivePart[] = ["basic", "credit", "transactions", "returns"];
export const TEMPLATE_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.-]*$";
export const FIELD_NAME_PATTERN = "^[\\p{L}_][\\p{L}\\p{N}_]*$";

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (value === undefined) return "nothing";
  return JSON.stringify(value) ?? String(value);
}

function zhList(items: readonly string[]): string {
  return items.length < 2
    ? items.join("")
    : `${items.slice(0, -1).join("、")} 或 ${items[items.length - 1]}`;
}

function enList(items: readonly string[]): string {
  return items.length < 2
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** Collects errors while walking the JSON; every check returns the value when it is usable. */
class Walker {
  readonly errors: TemplateError[] = [];

  fail(path: string, zh: string, en: string): undefined {
    this.errors.push({ path, message: { "zh-CN": zh, "en-US": en } });
    return undefined;
  }

  noUnknownKeys(obj: Json, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        this.fail(
          `${path}.${key}`.replace(/^\./, ""),
          `未知的属性“${key}”；可用的属性：${allowed.join("、")}`,
          `unknown property "${key}"; allowed: ${allowed.join(", ")}`
        );
      }
    }
  }

  text(value: unknown, path: string, what: Localized): string | undefined {
    if (typeof value === "string" && value.trim() !== "") return value;
    return this.fail(
      path,
      `${what["zh-CN"]}应为非空文本，而不是 ${show(value)}`,
      `${what["en-US"]} must be non-empty text, not ${show(value)}`
    );
  }

  localized(value: unknown, path: string): Localized | undefined {
    if (!isRecord(value)) {
      return this.fail(
        path,
        `标题应为 {"zh-CN": "…", "en-US": "…"}，而不是 ${show(value)}`,
        `a title must be {"zh-CN": "…", "en-US": "…"}, not ${show(value)}`
      );
    }
    this.noUnknownKeys(value, ["zh-CN", "en-US"], path);
    const zh = this.text(value["zh-CN"], `${path}.zh-CN`, {
      "zh-CN": "中文标题",
      "en-US": "The Chinese title",
    });
    const en = this.text(value["en-US"], `${path}.en-US`, {
      "zh-CN": "英文标题",
      "en-US": "The English title",
    });
    return zh !== undefined && en !== undefined ? { "zh-CN": zh, "en-US": en } : undefined;
  }

  oneOf<T extends string>(
    value: unknown,
    options: readonly T[],
    path: string,
    what: Localized
  ): T | undefined {
    if (typeof value === "string" && (options as readonly string[]).includes(value))
      return value as T;
    return this.fail(
      path,
      `${show(value)} 不是可用的${what["zh-CN"]}；请用 ${zhList(options)}`,
      `${show(value)} is not a ${what["en-US"]}; use ${enList(options)}`
    );
  }

  bool(value: unknown, path: string): boolean | undefined {
    if (typeof value === "boolean") return value;
    return this.fail(
      path,
      `应为 true 或 false，而不是 ${show(value)}`,
      `must be true or false, not ${show(value)}`
    );
  }

  number(
    value: unknown,
    path: string,
    opts: { min?: number; integer?: boolean } = {}
  ): number | undefined {
    const ok =
      typeof value === "number" &&
      Number.isFinite(value) &&
      (opts.min === undefined || value >= opts.min) &&
      (!opts.integer || Number.isInteger(value));
    if (ok) return value;
    const kindZh = opts.integer ? "整数" : "数字";
    const kindEn = opts.integer ? "a whole number" : "a number";
    const minZh = opts.min === undefined ? "" : `（不小于 ${opts.min}）`;
    const minEn = opts.min === undefined ? "" : ` (at least ${opts.min})`;
    return this.fail(
      path,
      `应为${kindZh}${minZh}，而不是 ${show(value)}`,
      `must be ${kindEn}${minEn}, not ${show(value)}`
    );
  }

  textList(value: unknown, path: string): string[] | undefined {
    if (!Array.isArray(value)) {
      return this.fail(
        path,
        `应为文本列表，而不是 ${show(value)}`,
        `must be a list of texts, not ${show(value)}`
      );
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      const t = this.text(item, `${path}[${i}]`, { "zh-CN": "列表项", "en-US": "An item" });
      if (t !== undefined) out.push(t);
    });
    return out.length === value.length ? out : undefined;
  }
}

function checkConstraints(
  w: Walker,
  raw: unknown,
  type: FieldType | undefined,
  path: string
): FieldConstraints | undefined {
  if (!isRecord(raw)) {
    return w.fail(
      path,
      `约束应为对象，而不是 ${show(raw)}`,
      `constraints must be an object, not ${show(raw)}`
    );
  }
  w.noUnknownKeys(raw, CONSTRAINT_KEYS, path);
  const out: FieldConstraints = {};
  const numeric = type === "number" || type === "integer";
  for (const key of ["required", "unique"] as const) {
    if (raw[key] !== undefined) {
      const b = w.bool(raw[key], `${path}.${key}`);
      if (b !== undefined) out[key] = b;
    }
  }
  for (const key of ["minimum", "maximum"] as const) {
    if (raw[key] === undefined) continue;
    if (type !== undefined && !numeric) {
      w.fail(
        `${path}.${key}`,
        `${key} 只适用于 number 或 integer 类型的字段`,
        `${key} applies to number and integer fields only`
      );
      continue;
    }
    const n = w.number(raw[key], `${path}.${key}`);
    if (n !== undefined) out[key] = n;
  }
  if (out.minimum !== undefined && out.maximum !== undefined && out.minimum > out.maximum) {
    w.fail(
      `${path}.maximum`,
      `最大值 ${out.maximum} 小于最小值 ${out.minimum}`,
      `maximum ${out.maximum} is below minimum ${out.minimum}`
    );
  }
  for (const key of ["minLength", "maxLength"] as const) {
    if (raw[key] === undefined) continue;
    if (type !== undefined && type !== "string") {
      w.fail(
        `${path}.${key}`,
        `${key} 只适用于 string 类型的字段`,
        `${key} applies to string fields only`
      );
      continue;
    }
    const n = w.number(raw[key], `${path}.${key}`, { min: 0, integer: true });
    if (n !== undefined) out[key] = n;
  }
  if (out.minLength !== undefined && out.maxLength !== undefined && out.minLength > out.maxLength) {
    w.fail(
      `${path}.maxLength`,
      `最大长度 ${out.maxLength} 小于最小长度 ${out.minLength}`,
      `maxLength ${out.maxLength} is below minLength ${out.minLength}`
    );
  }
  if (raw.pattern !== undefined) {
    const p = w.text(raw.pattern, `${path}.pattern`, {
      "zh-CN": "格式（正则表达式）",
      "en-US": "The pattern",
    });
    if (p !== undefined) {
      try {
        new RegExp(p, "u");
        const unsafe = patternProblem(p);
        if (unsafe)
          w.fail(
            `${path}.pattern`,
            `格式“${p}”：${unsafe["zh-CN"]}`,
            `the pattern "${p}": ${unsafe["en-US"]}`
          );
        else out.pattern = p;
      } catch {
        w.fail(
          `${path}.pattern`,
          `“${p}”不是有效的正则表达式`,
          `"${p}" is not a valid regular expression`
        );
      }
    }
  }
  if (raw.enum !== undefined) {
    if (type !== undefined && type !== "string") {
      w.fail(
        `${path}.enum`,
        `允许值列表只适用于 string 类型的字段`,
        `enum applies to string fields only`
      );
    } else {
      const list = w.textList(raw.enum, `${path}.enum`);
      if (list !== undefined && list.length === 0) {
        w.fail(`${path}.enum`, `允许值列表不能为空`, `enum must list at least one value`);
      } else if (list !== undefined) {
        const seen = new Set<string>();
        list.forEach((v, i) => {
          if (seen.has(v))
            w.fail(`${path}.enum[${i}]`, `允许值“${v}”重复`, `the value "${v}" is listed twice`);
          seen.add(v);
        });
        out.enum = list;
      }
    }
  }
  return out;
}

function checkSynonyms(
  w: Walker,
  raw: unknown,
  allowed: string[] | undefined,
  path: string
): Record<string, string[]> | undefined {
  if (!isRecord(raw)) {
    return w.fail(
      path,
      `同义词应为对象（值 → 同义写法列表），而不是 ${show(raw)}`,
      `enumSynonyms must be an object (value -> list of spellings), not ${show(raw)}`
    );
  }
  if (allowed === undefined) {
    return w.fail(
      path,
      `只有设置了允许值（enum）的字段才能有同义词`,
      `enumSynonyms needs constraints.enum`
    );
  }
  const out: Record<string, string[]> = {};
  const owner = new Map<string, string>(allowed.map((v) => [labelKey(v), v]));
  for (const [value, spellings] of Object.entries(raw)) {
    const p = `${path}.${value}`;
    if (!allowed.includes(value)) {
      w.fail(
        p,
        `“${value}”不在允许值中（${allowed.join("、")}）`,
        `"${value}" is not one of the allowed values (${allowed.join(", ")})`
      );
      continue;
    }
    const list = w.textList(spellings, p);
    if (list === undefined) continue;
    list.forEach((s, i) => {
      const first = owner.get(labelKey(s));
      if (first !== undefined && first !== value) {
        w.fail(
          `${p}[${i}]`,
          `同义写法“${s}”已属于“${first}”`,
          `the spelling "${s}" already means "${first}"`
        );
      }
      owner.set(labelKey(s), value);
    });
    out[value] = list;
  }
  return out;
}

function checkField(w: Walker, raw: unknown, path: string): TemplateField | undefined {
  if (!isRecord(raw))
    return w.fail(
      path,
      `字段应为对象，而不是 ${show(raw)}`,
      `a field must be an object, not ${show(raw)}`
    );
  w.noUnknownKeys(raw, FIELD_KEYS, path);
  const before = w.errors.length;
  const name =
    typeof raw.name === "string" && new RegExp(FIELD_NAME_PATTERN, "u").test(raw.name)
      ? raw.name
      : w.fail(
          `${path}.name`,
          `字段 id 应由字母、数字和下划线组成（如 customer_id），而不是 ${show(raw.name)}`,
          `a field name is letters, digits and underscores (like customer_id), not ${show(raw.name)}`
        );
  const title = w.localized(raw.title, `${path}.title`);
  const type = w.oneOf(raw.type, FIELD_TYPES, `${path}.type`, { "zh-CN": "类型", "en-US": "type" });
  const field: Partial<TemplateField> = { name, title, type };
  if (raw.format !== undefined) {
    const format = w.oneOf(raw.format, FIELD_FORMATS, `${path}.format`, {
      "zh-CN": "格式",
      "en-US": "format",
    });
    if (format !== undefined && format !== "default" && type !== undefined && type !== "string") {
      w.fail(
        `${path}.format`,
        `格式 ${format} 只适用于 string 类型的字段`,
        `format ${format} applies to string fields only`
      );
    } else if (format !== undefined) field.format = format;
  }
  if (raw.constraints !== undefined)
    field.constraints = checkConstraints(w, raw.constraints, type, `${path}.constraints`);
  if (raw.aliases !== undefined) field.aliases = w.textList(raw.aliases, `${path}.aliases`);
  if (raw.enumSynonyms !== undefined) {
    field.enumSynonyms = checkSynonyms(
      w,
      raw.enumSynonyms,
      field.constraints?.enum,
      `${path}.enumSynonyms`
    );
  }
  if (raw.part !== undefined)
    field.part = w.oneOf(raw.part, ARCHIVE_PARTS, `${path}.part`, {
      "zh-CN": "档案部分",
      "en-US": "part",
    });
  if (raw.weight !== undefined) field.weight = w.number(raw.weight, `${path}.weight`, { min: 0 });
  if (raw.past !== undefined) {
    const past = w.bool(raw.past, `${path}.past`);
    if (past !== undefined && type !== undefined && type !== "date") {
      w.fail(`${path}.past`, `past 只适用于 date 类型的字段`, `past applies to date fields only`);
    } else if (past !== undefined) field.past = past;
  }
  if (w.errors.length > before || name === undefined || title === undefined || type === undefined)
    return undefined;
  // Drop keys that were absent so that a parsed template equals its source.
  const clean = Object.fromEntries(Object.entries(field).filter(([, v]) => v !== undefined));
  return clean as unknown as TemplateField;
}

/** Two fields answering to the same header label would make header matching ambiguous. */
function checkLabelClashes(w: Walker, fields: TemplateField[]): void {
  const owner = new Map<string, string>();
  fields.forEach((f, i) => {
    const labels: [string, string][] = [
      [f.name, `fields[${i}].name`],
      [f.title["zh-CN"], `fields[${i}].title.zh-CN`],
      [f.title["en-US"], `fields[${i}].title.en-US`],
      ...(f.aliases ?? []).map((a, j): [string, string] => [a, `fields[${i}].aliases[${j}]`]),
    ];
    const mine = new Set<string>();
    for (const [label, path] of labels) {
      const key = labelKey(label);
      if (key === "" || mine.has(key)) continue;
      mine.add(key);
      const other = owner.get(key);
      if (other !== undefined) {
        w.fail(
          path,
          `“${label}”也是字段 ${other} 的名称或别名，表头将无法区分`,
          `"${label}" also names field ${other}, so a header could not tell them apart`
        );
      } else owner.set(key, f.name);
    }
  });
}

/**
 * Checks a template in the JSON form of template.schema.json and returns it typed, or every problem
 * found, each with its path and a message in both languages.
 */
export function parseTemplate(json: unknown): TemplateResult {
  const w = new Walker();
  if (!isRecord(json)) {
    w.fail(
      "",
      `模板应为 JSON 对象，而不是 ${show(json)}`,
      `a template must be a JSON object, not ${show(json)}`
    );
    return { errors: w.errors };
  }
  w.noUnknownKeys(json, TEMPLATE_KEYS, "");
  const id =
    typeof json.id === "string" && new RegExp(TEMPLATE_ID_PATTERN).test(json.id)
      ? json.id
      : w.fail(
          "id",
          `模板 id 应由字母、数字、_、-、. 组成（如 my-template），而不是 ${show(json.id)}`,
          `a template id is letters, digits, _ - . (like my-template), not ${show(json.id)}`
        );
  const title = w.localized(json.title, "title");
  if (json.version !== undefined && json.version !== 1) {
    w.fail(
      "version",
      `不支持模板格式版本 ${show(json.version)}；当前版本为 1`,
      `template format version ${show(json.version)} is not supported; the current version is 1`
    );
  }
  const fields: TemplateField[] = [];
  if (!Array.isArray(json.fields) || json.fields.length === 0) {
    w.fail("fields", `模板至少需要一个字段`, `a template needs at least one field`);
  } else {
    const names = new Map<string, number>();
    json.fields.forEach((raw, i) => {
      const f = checkField(w, raw, `fields[${i}]`);
      const name = isRecord(raw) && typeof raw.name === "string" ? raw.name : undefined;
      const first = name === undefined ? undefined : names.get(name);
      if (name !== undefined && first !== undefined) {
        w.fail(
          `fields[${i}].name`,
          `字段 id“${name}”与 fields[${first}] 重复`,
          `the field name "${name}" is already used by fields[${first}]`
        );
      } else if (name !== undefined) names.set(name, i);
      if (f !== undefined) fields.push(f);
    });
    if (w.errors.length === 0) checkLabelClashes(w, fields);
  }
  let partWeights: Template["partWeights"];
  if (json.partWeights !== undefined) {
    if (!isRecord(json.partWeights)) {
      w.fail(
        "partWeights",
        `部分权重应为对象，而不是 ${show(json.partWeights)}`,
        `partWeights must be an object, not ${show(json.partWeights)}`
      );
    } else {
      w.noUnknownKeys(json.partWeights, ARCHIVE_PARTS, "partWeights");
      partWeights = {};
      for (const part of ARCHIVE_PARTS) {
        const v = json.partWeights[part];
        if (v === undefined) continue;
        const n = w.number(v, `partWeights.${part}`, { min: 0 });
        if (n !== undefined) partWeights[part] = n;
      }
    }
  }
  if (w.errors.length > 0 || id === undefined || title === undefined) return { errors: w.errors };
  const template: Template = { id, title, version: 1, fields };
  if (partWeights !== undefined) template.partWeights = partWeights;
  return { template };
}
