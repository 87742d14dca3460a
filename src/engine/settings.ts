import type { Localized } from "../i18n/lang";
import { DEFAULT_CREDIT_SETTINGS, type CreditSettings } from "./models/credit/credit-settings";
import { validateScorecard } from "./models/credit/validate-scorecard";
import { validateStatisticalSetting } from "./models/scorecard/validate-statistical-setting";
import { resolveCreditWeights } from "./models/credit/credit-weights";
import { presetScorecard } from "./models/credit/presets";
import { DEFAULT_TIER_SETTINGS, type TierSettings } from "./models/tiers/tier-settings";
import { customScorecardShape } from "./custom-scorecard-shape";
import { settingsMeaning } from "./settings-meaning";

/**
 * Every threshold, weight and preset of domain.md §4-5 in one versioned object. A workbook, a
 * settings file or the pane holds a (possibly partial) copy; what it leaves out takes the default,
 * and every run records the settings it used.
 */
export const SETTINGS_VERSION = 1;

export interface ValidationSettings {
  /** A record not updated for more than this many days is stale (domain.md §3). */
  staleDays: number;
}

export interface Settings {
  version: number;
  validation: ValidationSettings;
  tiers: TierSettings;
  credit: CreditSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  validation: { staleDays: 365 },
  tiers: DEFAULT_TIER_SETTINGS,
  credit: DEFAULT_CREDIT_SETTINGS,
};

export interface SettingsIssue {
  /** Where, e.g. "tiers.abc.aShare". */
  path: string;
  message: Localized;
}

export type SettingsResult =
  { settings: Settings; issues: [] } | { settings: null; issues: SettingsIssue[] };

/** Upgrades settings of version N to N + 1; keyed by N. Empty until the format first changes. */
export type Migrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;
export const MIGRATIONS: Migrations = {};

const both = (zh: string, en: string): Localized => ({ "zh-CN": zh, "en-US": en });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
}

/** What a value should be, in words: "a number" / "数字", never the bare JavaScript type. */
const KIND_WORDS: Record<string, Localized> = {
  number: both("数字", "a number"),
  string: both("文本", "text"),
  boolean: both("true 或 false", "true or false"),
  array: both("列表", "a list"),
  object: both("对象", "an object"),
  null: both("空值", "null"),
};

function kindWords(value: unknown): Localized {
  return KIND_WORDS[typeName(value)] ?? both(typeName(value), typeName(value));
}

/**
 * Lays `given` over `base`, keeping base's shape: every key must exist in base with a value of the
 * same kind (number, string, boolean, array, object). Objects merge key by key; arrays and leaves
 * replace. Where the default is null (an optional object such as a custom scorecard) anything goes,
 * and the specific checks below judge it.
 */
function overlay(base: unknown, given: unknown, path: string, issues: SettingsIssue[]): unknown {
  if (base === null) return given;
  if (isPlainObject(base)) {
    if (!isPlainObject(given)) {
      issues.push({
        path,
        message: both(
          `应为对象，实为${kindWords(given)["zh-CN"]}`,
          `should be an object, not ${kindWords(given)["en-US"]}`
        ),
      });
      return base;
    }
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(given)) {
      const where = path ? `${path}.${key}` : key;
      if (!(key in base)) {
        issues.push({ path: where, message: both("不是已知的设置项", "is not a known setting") });
        continue;
      }
      out[key] = overlay(base[key], value, where, issues);
    }
    return out;
  }
  if (
    typeName(base) !== typeName(given) ||
    (typeof given === "number" && !Number.isFinite(given))
  ) {
    issues.push({
      path,
      message: both(
        `应为${kindWords(base)["zh-CN"]}，实为 ${JSON.stringify(given) ?? typeName(given)}`,
        `should be ${kindWords(base)["en-US"]}, not ${JSON.stringify(given) ?? typeName(given)}`
      ),
    });
    return base;
  }
  return given;
}

function share(value: number, path: string, issues: SettingsIssue[]): void {
  if (!(value > 0 && value <= 1)) {
    issues.push({
      path,
      message: both(
        `必须在 0 到 1 之间（如 0.8 表示 80%），实为 ${value}`,
        `must be a share between 0 and 1 (0.8 = 80%), not ${value}`
      ),
    });
  }
}

function ascending(values: readonly number[], path: string, issues: SettingsIssue[]): void {
  if (values.some((v, i) => i > 0 && !(v > values[i - 1]))) {
    issues.push({ path, message: both("必须严格递增", "must be strictly increasing") });
  }
}

/** credit.statistical, when given, is a fitted scorecard; method "statistical" needs one. */
function checkStatistical(c: Settings["credit"], issues: SettingsIssue[]): void {
  if (c.method === "statistical" && c.statistical === null) {
    issues.push({
      path: "credit.statistical",
      message: both(
        "选择统计评分卡时必须给出 statistical（由 tiersheet fit scorecard 写出）",
        'method "statistical" needs a fitted scorecard (written by tiersheet fit scorecard)'
      ),
    });
  }
  if (c.statistical === null) return;
  for (const issue of validateStatisticalSetting(c.statistical)) {
    issues.push({ ...issue, path: `credit.statistical${issue.path ? "." + issue.path : ""}` });
  }
}

/** The rules between settings that their shapes alone cannot say. */
function checkRules(s: Settings, issues: SettingsIssue[]): void {
  const t = s.tiers;
  share(t.abc.aShare, "tiers.abc.aShare", issues);
  share(t.abc.bShare, "tiers.abc.bShare", issues);
  if (t.abc.aShare >= t.abc.bShare) {
    issues.push({
      path: "tiers.abc",
      message: both(
        "A 类累计比例上限必须小于 B 类累计比例上限",
        "A up to cumulative share must be below B up to cumulative share"
      ),
    });
  }
  const p = t.pyramid;
  for (const key of ["vipShare", "majorShare", "ordinaryShare"] as const)
    share(p[key], `tiers.pyramid.${key}`, issues);
  ascending([p.vipShare, p.majorShare, p.ordinaryShare], "tiers.pyramid", issues);
  if (!Number.isInteger(t.naturalBreaks.classes) || t.naturalBreaks.classes < 2) {
    issues.push({
      path: "tiers.naturalBreaks.classes",
      message: both("必须是不小于 2 的整数", "must be a whole number of at least 2"),
    });
  }
  if (t.rfm.probabilities.length !== 4 || t.rfm.probabilities.some((v) => !(v > 0 && v < 1))) {
    issues.push({
      path: "tiers.rfm.probabilities",
      message: both("必须是 4 个介于 0 和 1 之间的比例", "must be 4 shares between 0 and 1"),
    });
  }
  ascending(t.rfm.probabilities, "tiers.rfm.probabilities", issues);
  for (const axis of ["r", "f", "m"] as const) {
    const breaks = t.rfm.explicitBreaks[axis];
    if (breaks.length !== 4) {
      issues.push({
        path: `tiers.rfm.explicitBreaks.${axis}`,
        message: both("必须有 4 个分界点", "must hold 4 breaks"),
      });
    }
    ascending(breaks, `tiers.rfm.explicitBreaks.${axis}`, issues);
  }
  if (
    t.rfm.grid.length !== 5 ||
    t.rfm.grid.some((row) => row.length !== 5 || row.some((c) => typeof c !== "string"))
  ) {
    issues.push({
      path: "tiers.rfm.grid",
      message: both("必须是 5 行 5 列的客群名称", "must be 5 rows of 5 segment names"),
    });
  }
  if (!(t.clv.retention > 0 && t.clv.retention <= 1)) {
    issues.push({
      path: "tiers.clv.retention",
      message: both("保留率必须在 0 到 1 之间", "retention must be between 0 and 1"),
    });
  }
  if (!(t.clv.discount > -1)) {
    issues.push({
      path: "tiers.clv.discount",
      message: both("折现率必须大于 -1", "discount must be above -1"),
    });
  }
  if (!["deterministic", "bgnbd"].includes(t.clv.model)) {
    issues.push({
      path: "tiers.clv.model",
      message: both("必须是 deterministic 或 bgnbd", 'must be "deterministic" or "bgnbd"'),
    });
  }
  if (!(Number.isInteger(t.clv.horizonMonths) && t.clv.horizonMonths >= 1)) {
    issues.push({
      path: "tiers.clv.horizonMonths",
      message: both("必须是不小于 1 的整数", "must be a whole number of at least 1"),
    });
  }
  if (!(t.clv.monthlyDiscount > -1)) {
    issues.push({
      path: "tiers.clv.monthlyDiscount",
      message: both("月折现率必须大于 -1", "monthlyDiscount must be above -1"),
    });
  }
  if (!["weeks", "days"].includes(t.clv.period)) {
    issues.push({
      path: "tiers.clv.period",
      message: both("必须是 weeks 或 days", 'must be "weeks" or "days"'),
    });
  }
  if (!(s.validation.staleDays > 0)) {
    issues.push({
      path: "validation.staleDays",
      message: both("必须是正数", "must be a positive number of days"),
    });
  }
  const c = s.credit;
  if (!["5C", "5P", "custom", "statistical", "fuzzy"].includes(c.method)) {
    issues.push({
      path: "credit.method",
      message: both(
        "必须是 5C、5P、custom、statistical 或 fuzzy",
        'must be "5C", "5P", "custom", "statistical" or "fuzzy"'
      ),
    });
  }
  checkStatistical(c, issues);
  if (c.weights !== null) {
    const ids = presetScorecard(c).scorecard.dimensions.map((d) => d.id);
    for (const issue of resolveCreditWeights(ids, c.weights).issues)
      issues.push({ ...issue, path: `credit.${issue.path}` });
  }
  if (c.method === "custom" && c.custom === null) {
    issues.push({
      path: "credit.custom",
      message: both(
        "选择自定义评分卡时必须给出 custom",
        'method "custom" needs a custom scorecard'
      ),
    });
  }
  for (const issue of validateScorecard(c.scorecard5C))
    issues.push({ ...issue, path: `credit.scorecard5C.${issue.path}` });
  if (c.custom !== null) {
    for (const issue of validateScorecard(c.custom))
      issues.push({ ...issue, path: `credit.custom.${issue.path}` });
  }
  if (!(Number.isFinite(c.limitRounding) && c.limitRounding >= 0)) {
    issues.push({
      path: "credit.limitRounding",
      message: both(
        `必须是 0 或正数（如 1000 表示向下取整到千元），实为 ${c.limitRounding}`,
        `must be 0 or a positive amount (1000 = down to the nearest thousand), not ${c.limitRounding}`
      ),
    });
  }
  share(c.minConfidence, "credit.minConfidence", issues);
  if (!(c.altman.distressBelow <= c.altman.safeAbove)) {
    issues.push({
      path: "credit.altman",
      message: both(
        "Altman 困境线不能高于安全线",
        "the Altman distress line must not be above the safe line"
      ),
    });
  }
}

/**
 * Reads settings from JSON text or a parsed object: migrates older versions, lays what is given over
 * the defaults, and checks every value. Any issue refuses the whole settings (a half-understood
 * threshold must never score customers silently); the caller falls back to defaults and says why.
 */
export function parseSettings(input: unknown, migrations: Migrations = MIGRATIONS): SettingsResult {
  let json = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        settings: null,
        issues: [
          { path: "", message: both(`不是有效的 JSON：${reason}`, `is not valid JSON: ${reason}`) },
        ],
      };
    }
  }
  if (!isPlainObject(json)) {
    return {
      settings: null,
      issues: [
        { path: "", message: both("设置必须是 JSON 对象", "settings must be a JSON object") },
      ],
    };
  }
  let version = json.version === undefined ? SETTINGS_VERSION : json.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return {
      settings: null,
      issues: [
        {
          path: "version",
          message: both("版本号必须是非负整数", "version must be a whole number"),
        },
      ],
    };
  }
  if (version > SETTINGS_VERSION) {
    return {
      settings: null,
      issues: [
        {
          path: "version",
          message: both(
            `这些设置来自更新的 TierSheet（版本 ${version}，本程序支持到 ${SETTINGS_VERSION}），请升级`,
            `these settings come from a newer TierSheet (version ${version}; this one reads up to ${SETTINGS_VERSION}): please update`
          ),
        },
      ],
    };
  }
  let current: Record<string, unknown> = json;
  while (version < SETTINGS_VERSION) {
    const migrate = migrations[version];
    if (!migrate) {
      return {
        settings: null,
        issues: [
          {
            path: "version",
            message: both(`无法从版本 ${version} 迁移`, `no migration from version ${version}`),
          },
        ],
      };
    }
    current = migrate(current);
    version++;
  }
  const issues: SettingsIssue[] = [];
  const merged = overlay(
    DEFAULT_SETTINGS,
    { ...current, version: SETTINGS_VERSION },
    "",
    issues
  ) as Settings;
  // Every rule is checked even after a shape issue elsewhere (a value of the wrong kind stays at its
  // default), so an imported file is refused with all that is wrong in it at once; only a custom
  // scorecard of the wrong shape stops here, as the rules would read into it.
  const shape = customScorecardShape(merged.credit.custom);
  issues.push(...shape);
  if (shape.length === 0) {
    checkRules(merged, issues);
    issues.push(...settingsMeaning(merged));
  }
  return issues.length === 0 ? { settings: merged, issues: [] } : { settings: null, issues };
}
