import type { Localized } from "../../../i18n/lang";

/** A problem with credit.statistical; `path` is below it, e.g. "variables[2].bins[0].points". */
export interface StatisticalSettingIssue {
  path: string;
  message: Localized;
}

const both = (zh: string, en: string): Localized => ({ "zh-CN": zh, "en-US": en });
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

const GRADES = ["AAA", "AA", "A", "BBB", "BB", "B"] as const;

/**
 * Checks a fitted scorecard read from settings (which may have been edited by hand) before it
 * scores anyone: the shape `tiersheet fit scorecard` writes (statistical-setting.ts), finite
 * numbers, numeric bins with lower < upper, grade minimums not increasing from AAA to B.
 */
export function validateStatisticalSetting(value: unknown): StatisticalSettingIssue[] {
  const issues: StatisticalSettingIssue[] = [];
  const need = (ok: boolean, path: string, zh: string, en: string) => {
    if (!ok) issues.push({ path, message: both(zh, en) });
  };
  if (!isObject(value)) {
    need(
      false,
      "",
      "应为 tiersheet fit scorecard 写出的对象",
      "should be the object tiersheet fit scorecard writes"
    );
    return issues;
  }
  need(
    typeof value.target === "string",
    "target",
    "应为结果列名",
    "should be the outcome column's title"
  );
  need(isNumber(value.basePoints), "basePoints", "应为有限数字", "should be a finite number");
  need(isNumber(value.intercept), "intercept", "应为有限数字", "should be a finite number");
  const scale = value.scale;
  need(
    isObject(scale) &&
      isNumber(scale.points0) &&
      isNumber(scale.odds0) &&
      scale.odds0 > 0 &&
      isNumber(scale.pdo) &&
      scale.pdo > 0,
    "scale",
    "应为 {points0, odds0 > 0, pdo > 0}",
    "should be {points0, odds0 > 0, pdo > 0}"
  );
  const minimums = value.gradeMinimums;
  if (!isObject(minimums) || GRADES.some((g) => !isNumber(minimums[g]))) {
    need(
      false,
      "gradeMinimums",
      "应为 AAA 到 B 各级的最低分",
      "should give the lowest score of each grade AAA to B"
    );
  } else {
    need(
      GRADES.every(
        (g, i) => i === 0 || (minimums[g] as number) <= (minimums[GRADES[i - 1]] as number)
      ),
      "gradeMinimums",
      "从 AAA 到 B 的最低分不能递增",
      "must not rise from AAA down to B"
    );
  }
  if (!Array.isArray(value.variables) || value.variables.length === 0) {
    need(false, "variables", "应为至少一个变量", "should hold at least one variable");
    return issues;
  }
  value.variables.forEach((variable: unknown, v: number) => {
    const at = `variables[${v}]`;
    if (!isObject(variable)) return need(false, at, "应为对象", "should be an object");
    need(
      typeof variable.name === "string" && variable.name.trim() !== "",
      `${at}.name`,
      "应为列名",
      "should be a column title"
    );
    need(
      variable.kind === "numeric" || variable.kind === "categorical",
      `${at}.kind`,
      '应为 "numeric" 或 "categorical"',
      'should be "numeric" or "categorical"'
    );
    need(
      isNumber(variable.coefficient),
      `${at}.coefficient`,
      "应为有限数字",
      "should be a finite number"
    );
    if (!Array.isArray(variable.bins) || variable.bins.length === 0) {
      return need(false, `${at}.bins`, "应为至少一个分箱", "should hold at least one bin");
    }
    variable.bins.forEach((bin: unknown, b: number) => {
      const where = `${at}.bins[${b}]`;
      if (!isObject(bin)) return need(false, where, "应为对象", "should be an object");
      need(isNumber(bin.points), `${where}.points`, "应为有限数字", "should be a finite number");
      need(isNumber(bin.woe), `${where}.woe`, "应为有限数字", "should be a finite number");
      need(
        typeof bin.missing === "boolean",
        `${where}.missing`,
        "应为 true 或 false",
        "should be true or false"
      );
      need(
        Array.isArray(bin.categories) && bin.categories.every((c) => typeof c === "string"),
        `${where}.categories`,
        "应为文本数组",
        "should be an array of texts"
      );
      const bound = (x: unknown) => x === null || isNumber(x);
      need(
        bound(bin.lower) && bound(bin.upper),
        where,
        "lower 和 upper 应为数字或 null",
        "lower and upper should be numbers or null"
      );
      if (isNumber(bin.lower) && isNumber(bin.upper)) {
        need(bin.lower < bin.upper, where, "lower 必须小于 upper", "lower must be below upper");
      }
    });
  });
  return issues;
}
