import { BUILTIN_TEMPLATES } from "./builtin";
import {
  ARCHIVE_PARTS,
  CONSTRAINT_KEYS,
  FIELD_FORMATS,
  FIELD_KEYS,
  FIELD_NAME_PATTERN,
  FIELD_TYPES,
  TEMPLATE_ID_PATTERN,
  TEMPLATE_KEYS,
} from "./parse-template";
import schema from "./template.schema.json";

type Schema = { [key: string]: unknown };

function isObject(v: unknown): v is Schema {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function resolve(node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const target = ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), schema);
  if (!isObject(target)) throw new Error(`unresolved ${ref}`);
  return { ...target, ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== "$ref")) };
}

/** The part of JSON Schema 2020-12 that template.schema.json uses, enough to check data against it. */
function violations(value: unknown, node: Schema, at: string): string[] {
  const s = resolve(node);
  const out: string[] = [];
  const type = s.type;
  if (type === "object" && !isObject(value)) return [`${at}: not an object`];
  if (type === "array" && !Array.isArray(value)) return [`${at}: not an array`];
  if (type === "string" && typeof value !== "string") return [`${at}: not a string`];
  if (type === "number" && typeof value !== "number") return [`${at}: not a number`];
  if (type === "integer" && !Number.isInteger(value)) return [`${at}: not an integer`];
  if (type === "boolean" && typeof value !== "boolean") return [`${at}: not a boolean`];
  if ("const" in s && value !== s.const) out.push(`${at}: not ${String(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(value))
    out.push(`${at}: ${String(value)} not in enum`);
  if (
    typeof s.pattern === "string" &&
    typeof value === "string" &&
    !new RegExp(s.pattern, "u").test(value)
  )
    out.push(`${at}: pattern`);
  if (typeof s.minLength === "number" && typeof value === "string" && value.length < s.minLength)
    out.push(`${at}: too short`);
  if (typeof s.minimum === "number" && typeof value === "number" && value < s.minimum)
    out.push(`${at}: below minimum`);
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems)
      out.push(`${at}: too few items`);
    if (s.uniqueItems === true && new Set(value).size !== value.length)
      out.push(`${at}: repeated items`);
    if (isObject(s.items))
      value.forEach((v, i) => out.push(...violations(v, s.items as Schema, `${at}[${i}]`)));
  }
  if (isObject(value)) {
    const props = isObject(s.properties) ? s.properties : {};
    for (const key of Array.isArray(s.required) ? s.required : []) {
      if (!(String(key) in value)) out.push(`${at}.${String(key)}: required`);
    }
    for (const [key, v] of Object.entries(value)) {
      if (isObject(props[key])) out.push(...violations(v, props[key] as Schema, `${at}.${key}`));
      else if (s.additionalProperties === false) out.push(`${at}.${key}: not allowed`);
      else if (isObject(s.additionalProperties))
        out.push(...violations(v, s.additionalProperties, `${at}.${key}`));
    }
  }
  return out;
}

const defs = schema.$defs;

describe("template.schema.json", () => {
  it("is a draft 2020-12 schema", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("validates the three built-ins", () => {
    for (const t of BUILTIN_TEMPLATES) {
      expect(violations(JSON.parse(JSON.stringify(t)), schema as Schema, t.id)).toEqual([]);
    }
  });

  it("allows every key the built-ins use", () => {
    const fieldProps = Object.keys(defs.field.properties);
    const constraintProps = Object.keys(defs.constraints.properties);
    for (const t of BUILTIN_TEMPLATES) {
      for (const key of Object.keys(t)) expect(Object.keys(schema.properties)).toContain(key);
      for (const f of t.fields) {
        for (const key of Object.keys(f)) expect(fieldProps).toContain(key);
        for (const key of Object.keys(f.constraints ?? {})) expect(constraintProps).toContain(key);
      }
    }
  });

  it("says what parseTemplate checks: the same keys, types, formats, parts and patterns", () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...TEMPLATE_KEYS].sort());
    expect(Object.keys(defs.field.properties).sort()).toEqual([...FIELD_KEYS].sort());
    expect(Object.keys(defs.constraints.properties).sort()).toEqual([...CONSTRAINT_KEYS].sort());
    expect(defs.field.properties.type.enum).toEqual([...FIELD_TYPES]);
    expect(defs.field.properties.format.enum).toEqual([...FIELD_FORMATS]);
    expect(defs.field.properties.part.enum).toEqual([...ARCHIVE_PARTS]);
    expect(Object.keys(schema.properties.partWeights.properties)).toEqual([...ARCHIVE_PARTS]);
    expect(schema.properties.id.pattern).toBe(TEMPLATE_ID_PATTERN);
    expect(defs.field.properties.name.pattern).toBe(FIELD_NAME_PATTERN);
  });

  it("rejects what parseTemplate rejects (the checker above is not vacuous)", () => {
    const bad = {
      id: "x",
      title: { "zh-CN": "x", "en-US": "x" },
      fields: [{ name: "a", title: { "zh-CN": "a", "en-US": "a" }, type: "money", colour: 1 }],
    };
    expect(violations(bad, schema as Schema, "t")).toEqual([
      "t.fields[0].type: money not in enum",
      "t.fields[0].colour: not allowed",
    ]);
  });
});
