import type { Finding } from "../../engine/validate/finding";
import { param, type FindingMessages } from "./message";

function at(f: Finding): string {
  return f.row === null ? "" : `Row ${f.row}, `;
}

function header(f: Finding): string {
  return f.row === null ? "Header, " : `Row ${f.row} (header), `;
}

const TYPE_NAMES: Record<string, string> = {
  phone: "a valid phone number",
  email: "a valid email address",
  date: "a valid date",
  number: "a number",
  integer: "a whole number",
  boolean: "yes or no",
  string: "text",
};

const READINGS: Record<string, string> = {
  spaces: "extra spaces removed",
  "thousands-separator": "thousands separators removed",
  "currency-symbol": "currency symbol removed",
  wan: "万 read as 10,000",
  percent: "read as a percentage",
  "full-width": "full-width characters",
  "text-number": "a number stored as text",
  "excel-serial": "an Excel date serial",
  "date-text": "a date typed as text",
  "boolean-text": "yes/no typed as text",
  "enum-synonym": "another spelling",
  "phone-punctuation": "punctuation in a phone number",
};

/** The English sentence of each finding code. */
export const EN_US_MESSAGES: FindingMessages = {
  "header-not-found": (f) =>
    `Sheet "${param(f, "sheet")}": no header found in the first 20 rows (no row matches at least 3 template fields)`,
  "blank-label": (f, title) => `${header(f)}${title}: the header is empty`,
  "duplicate-label": (f, title) =>
    `${header(f)}column ${f.column ?? ""} "${param(f, "label")}" repeats column ${param(f, "firstColumn")}${f.field ? ` (both are ${title})` : ""}`,
  "missing-label": (f, title) =>
    f.params.required === false
      ? `${header(f)}there is no "${title}" column; the analysis needs it`
      : `${header(f)}the required column "${title}" is missing`,
  "extra-label": (f, title) =>
    `${header(f)}${title} "${param(f, "label")}" is not a template field; it is kept as it is`,
  "blank-row": (f) =>
    f.params.lastRow === undefined
      ? `${at(f)}the row is empty`
      : `Rows ${f.row}-${param(f, "lastRow")}: ${param(f, "count")} rows in a row are empty`,
  "repeated-header": (f) =>
    `${at(f)}the row repeats the header (row ${param(f, "headerRow")}); it is not a customer and is left out`,
  "missing-cell": (f, title) =>
    f.params.reason === "short-row"
      ? `${at(f)}${title}: missing, the row is shorter than the header`
      : `${at(f)}${title}: empty, but it is required`,
  "extra-cell": (f, title) =>
    `${at(f)}${title}: "${param(f, "value")}" is outside the header (an extra cell)`,
  "type-error": (f, title) => {
    const kind = TYPE_NAMES[param(f, "format")] ?? TYPE_NAMES[param(f, "type")] ?? "a valid value";
    return `${at(f)}${title}: "${param(f, "value")}" is not ${kind}`;
  },
  "constraint-error": (f, title) => {
    const v = `${at(f)}${title}: "${param(f, "value")}"`;
    const limit = param(f, "limit");
    switch (param(f, "constraint")) {
      case "minimum":
        return `${v} is below the minimum of ${limit}`;
      case "maximum":
        return `${v} is above the maximum of ${limit}`;
      case "enum":
        return `${v} is not one of the allowed values (${limit.split("|").join(", ")})`;
      case "minLength":
        return `${v} is shorter than ${limit} characters`;
      case "maxLength":
        return `${v} is longer than ${limit} characters`;
      default:
        return `${v} does not match the pattern ${limit}`;
    }
  },
  "unique-error": (f, title) =>
    `${at(f)}${title}: "${param(f, "value")}" repeats row ${param(f, "firstRow")}`,
  "duplicate-row": (f) => `${at(f)}the whole row repeats row ${param(f, "firstRow")}`,
  "fuzzy-duplicate": (f, title) =>
    `${at(f)}${title}: "${param(f, "value")}" is the same as in row ${param(f, "firstRow")} (customer ID ${param(f, "firstId")}); it may be the same customer`,
  "formula-error": (f, title) =>
    `${at(f)}${title}: the cell holds the Excel error ${param(f, "value")}`,
  "cross-field-error": (f, title, titleOf) => {
    const v = `${at(f)}${title} (${param(f, "value")})`;
    const other = titleOf(param(f, "other"));
    const ov = param(f, "otherValue");
    switch (param(f, "rule")) {
      case "last-before-first":
        return `${v} is before ${other} (${ov})`;
      case "orders-zero-with-date":
        return `${at(f)}${title} is 0 but ${other} has a date (${ov})`;
      case "orders-zero-with-sales":
        return `${at(f)}${title} is 0 but ${other} is ${ov}`;
      default:
        return `${v} is above ${other} (${ov})`;
    }
  },
  "future-date": (f, title) =>
    `${at(f)}${title}: "${param(f, "value")}" is after the as-of date ${param(f, "asOf")}`,
  "stale-record": (f, title) =>
    `${at(f)}${title}: ${param(f, "value")}, not updated for ${param(f, "days")} days (more than ${param(f, "limit")})`,
  "format-fix": (f, title) =>
    `${at(f)}${title}: "${param(f, "value")}" was read as ${param(f, "fixed")} (${READINGS[param(f, "reading")] ?? param(f, "reading")}); write it as ${param(f, "fixed")}`,
  "unknown-customer": (f, title) =>
    `${at(f)}${title}: "${param(f, "value")}" is not in the customer sheet`,
  "transactions-override": (f, title) =>
    `${at(f)}${title}: the customer sheet says ${param(f, "value")}, the transactions add up to ${param(f, "transactionsValue")}; the transactions are used`,
};
