import type { Localized } from "../i18n/lang";
import type { SettingsIssue } from "./settings";
import { settingLabel } from "./setting-label";

const UNITS = ["days", "count", "years", "percent", "ratio", "amount", "category"];

type Check = (value: unknown, path: string, issues: SettingsIssue[]) => boolean;

function kindOf(value: unknown): string {
  return Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
}

function refuse(path: string, zh: string, en: string, value: unknown): SettingsIssue {
  const label = settingLabel(path);
  const shown = JSON.stringify(value) ?? kindOf(value);
  const message: Localized = {
    "zh-CN": `“${label["zh-CN"]}”${zh}，实为 ${shown.slice(0, 80)}`,
    "en-US": `'${label["en-US"]}' ${en}, not ${shown.slice(0, 80)}`,
  };
  return { path, message };
}

const text: Check = (value, path, issues) => {
  if (typeof value === "string") return true;
  issues.push(refuse(path, "必须是文本", "must be text", value));
  return false;
};

const finite: Check = (value, path, issues) => {
  if (typeof value === "number" && Number.isFinite(value)) return true;
  issues.push(refuse(path, "必须是数字", "must be a number", value));
  return false;
};

const localizedName: Check = (value, path, issues) => {
  const ok =
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<string, unknown>)["zh-CN"] === "string" &&
    typeof (value as Record<string, unknown>)["en-US"] === "string";
  if (!ok) {
    issues.push(
      refuse(
        path,
        "必须是含 zh-CN 和 en-US 文本的对象",
        'must be {"zh-CN": "...", "en-US": "..."}',
        value
      )
    );
  }
  return ok;
};

function record(
  fields: Record<string, Check>,
  rules?: (o: Record<string, unknown>, path: string, issues: SettingsIssue[]) => void
): Check {
  return (value, path, issues) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      issues.push(refuse(path, "必须是对象", "must be an object", value));
      return false;
    }
    const o = value as Record<string, unknown>;
    let ok = true;
    for (const [key, check] of Object.entries(fields))
      ok = check(o[key], `${path}.${key}`, issues) && ok;
    if (ok && rules) {
      const before = issues.length;
      rules(o, path, issues);
      ok = issues.length === before;
    }
    return ok;
  };
}

function list(item: Check, atLeastOne: [string, string] | null): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push(refuse(path, "必须是列表", "must be a list", value));
      return false;
    }
    if (atLeastOne && value.length === 0) {
      issues.push(refuse(path, atLeastOne[0], atLeastOne[1], value));
      return false;
    }
    let ok = true;
    value.forEach((v, i) => (ok = item(v, `${path}[${i}]`, issues) && ok));
    return ok;
  };
}

const oneOf =
  (allowed: readonly string[]): Check =>
  (value, path, issues) => {
    if (typeof value === "string" && allowed.includes(value)) return true;
    issues.push(
      refuse(
        path,
        `必须是 ${allowed.join("、")} 之一`,
        `must be one of ${allowed.join(", ")}`,
        value
      )
    );
    return false;
  };

const curveIndicator = record({
  id: text,
  name: localizedName,
  expression: text,
  curve: list(record({ value: finite, points: finite }), [
    "至少需要一个点",
    "needs at least one point",
  ]),
  unit: oneOf(UNITS),
});

const categoryIndicator = record({
  id: text,
  name: localizedName,
  field: text,
  categories: list(record({ values: list(text, null), name: localizedName, points: finite }), [
    "至少需要一个类别",
    "needs at least one category",
  ]),
});

const indicator: Check = (value, path, issues) => {
  const kind =
    typeof value === "object" && value !== null ? (value as { kind?: unknown }).kind : undefined;
  if (kind === "curve") return curveIndicator(value, path, issues);
  if (kind === "category") return categoryIndicator(value, path, issues);
  issues.push(
    refuse(`${path}.kind`, '必须是 "curve" 或 "category"', 'must be "curve" or "category"', kind)
  );
  return false;
};

const scorecard = record({
  id: text,
  name: localizedName,
  dimensions: list(
    record({
      id: text,
      name: localizedName,
      weight: finite,
      indicators: list(indicator, ["至少需要一个指标", "needs at least one indicator"]),
    }),
    ["至少需要一个维度", "needs at least one dimension"]
  ),
});

/**
 * The shape of credit.custom, which the defaults cannot give (it is null by default, so anything
 * is laid over it): every dimension and indicator with the fields scoring reads, of the right kind,
 * each dimension with at least one indicator. `{"credit":{"custom":{}}}` was a TypeError deep in
 * the scorecard check; now it is a refusal naming the setting and what it needs.
 */
export function customScorecardShape(custom: unknown): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (custom !== null) scorecard(custom, "credit.custom", issues);
  return issues;
}
