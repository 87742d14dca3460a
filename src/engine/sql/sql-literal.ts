import { SqlCompileError } from "./sql-compile-error";

/**
 * A text from the settings (a segment name, a category label, an indicator id) as one SQL string
 * literal: single quotes doubled, nothing else special in standard SQL (DuckDB, and PostgreSQL with
 * standard_conforming_strings, on by default since 9.1), so no label can end the literal early.
 * A NUL character is refused: PostgreSQL cannot hold it in text at all.
 */
export function sqlString(text: string): string {
  if (text.includes("\u0000")) {
    throw new SqlCompileError({
      "zh-CN": `设置中的文字 ${JSON.stringify(text)} 含有 NUL 字符，无法写入 SQL`,
      "en-US": `the settings text ${JSON.stringify(text)} holds a NUL character, which SQL text cannot`,
    });
  }
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A number from the settings as a DOUBLE PRECISION literal. A bare `0.05` would be DECIMAL in
 * DuckDB and NUMERIC in PostgreSQL, whose arithmetic differs from the engine's doubles; the text
 * is JavaScript's shortest round-trip form, which both databases parse to the same double.
 */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new SqlCompileError({
      "zh-CN": `设置中的数值 ${value} 不是有限数`,
      "en-US": `the settings number ${value} is not finite`,
    });
  }
  return `float8 '${String(value)}'`;
}

/** A whole number used in integer arithmetic (shares in millionths, day counts, positions). */
export function sqlInteger(value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw new SqlCompileError({
      "zh-CN": `设置中的数值 ${value} 应为整数`,
      "en-US": `the settings number ${value} should be a whole number`,
    });
  }
  return String(value);
}

/** A name as a quoted identifier (double quotes doubled), so any table or column name is safe. */
export function sqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A table name as given to --source: a plain or schema-qualified name (`sales.customers`), each
 * part quoted. A part may itself be written quoted ("my table"), to hold a dot.
 */
export function sqlTableName(name: string): string {
  const parts: string[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|([^."]+))\s*(\.|$)/y;
  let at = 0;
  while (at < name.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(name);
    if (!m || m[0].length === 0) return badTable(name);
    parts.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2].trim());
    at = pattern.lastIndex;
    if (m[3] === "." && at >= name.length) return badTable(name);
  }
  if (parts.length === 0 || parts.some((p) => p === "")) return badTable(name);
  return parts.map(sqlIdentifier).join(".");
}

function badTable(name: string): never {
  throw new SqlCompileError({
    "zh-CN": `“${name}”不是表名（可写作 表 或 模式.表）`,
    "en-US": `"${name}" is not a table name (write TABLE or SCHEMA.TABLE)`,
  });
}

/**
 * Text from the settings inside a `--` comment: line breaks and other control characters would
 * end the comment and let the rest run as SQL, so each becomes a space.
 */
export function sqlCommentText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029\u0085]/g, " ");
}
