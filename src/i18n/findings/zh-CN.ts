import type { Finding } from "../../engine/validate/finding";
import { param, type FindingMessages } from "./message";

function at(f: Finding): string {
  return f.row === null ? "" : `第 ${f.row} 行 `;
}

function header(f: Finding): string {
  return f.row === null ? "表头" : `第 ${f.row} 行（表头）`;
}

const TYPE_NAMES: Record<string, string> = {
  phone: "有效的电话号码",
  email: "有效的电子邮箱地址",
  date: "有效的日期",
  number: "数字",
  integer: "整数",
  boolean: "“是”或“否”",
  string: "文本",
};

const READINGS: Record<string, string> = {
  spaces: "去掉多余空格",
  "thousands-separator": "去掉千位分隔符",
  "currency-symbol": "去掉货币符号",
  wan: "按“万”换算",
  percent: "按百分数换算",
  "full-width": "全角字符转为半角",
  "text-number": "文本格式的数字",
  "excel-serial": "Excel 日期序号",
  "date-text": "文本写法的日期",
  "boolean-text": "文本写法的是/否",
  "enum-synonym": "同义写法",
  "phone-punctuation": "去掉电话中的符号",
};

/** 每个检查结果代码的中文说明。 */
export const ZH_CN_MESSAGES: FindingMessages = {
  "header-not-found": (f) =>
    `工作表「${param(f, "sheet")}」的前 20 行中找不到表头：没有一行能对上至少 3 个模板字段`,
  "blank-label": (f, title) => `${header(f)}${title}的标题为空`,
  "duplicate-label": (f, title) =>
    `${header(f)}${f.column ?? ""} 列「${param(f, "label")}」与 ${param(f, "firstColumn")} 列重复${f.field ? `，都是${title}` : ""}`,
  "missing-label": (f, title) =>
    f.params.required === false
      ? `${header(f)}缺少「${title}」列，分析需要用到它`
      : `${header(f)}缺少必填列「${title}」`,
  "extra-label": (f, title) =>
    `${header(f)}${title}「${param(f, "label")}」不是模板中的字段，将原样保留`,
  "blank-row": (f) =>
    f.params.lastRow === undefined
      ? `${at(f)}是空行`
      : `第 ${f.row}-${param(f, "lastRow")} 行是连续 ${param(f, "count")} 个空行`,
  "repeated-header": (f) =>
    `${at(f)}重复了表头（第 ${param(f, "headerRow")} 行），不是客户，已略过`,
  "missing-cell": (f, title) =>
    f.params.reason === "short-row"
      ? `${at(f)}${title}缺失：这一行比表头短`
      : `${at(f)}${title}为空，这是必填项`,
  "extra-cell": (f, title) =>
    `${at(f)}${title}「${param(f, "value")}」在表头范围之外，是多余的单元格`,
  "type-error": (f, title) => {
    const kind = TYPE_NAMES[param(f, "format")] ?? TYPE_NAMES[param(f, "type")] ?? "有效的值";
    return `${at(f)}${title}「${param(f, "value")}」不是${kind}`;
  },
  "constraint-error": (f, title) => {
    const v = `${at(f)}${title}「${param(f, "value")}」`;
    const limit = param(f, "limit");
    switch (param(f, "constraint")) {
      case "minimum":
        return `${v}小于最小值 ${limit}`;
      case "maximum":
        return `${v}大于最大值 ${limit}`;
      case "enum":
        return `${v}不在允许值中（${limit.split("|").join("、")}）`;
      case "minLength":
        return `${v}少于 ${limit} 个字`;
      case "maxLength":
        return `${v}超过 ${limit} 个字`;
      default:
        return `${v}不符合格式 ${limit}`;
    }
  },
  "unique-error": (f, title) =>
    `${at(f)}${title}「${param(f, "value")}」与第 ${param(f, "firstRow")} 行重复`,
  "duplicate-row": (f) => `${at(f)}与第 ${param(f, "firstRow")} 行完全相同`,
  "fuzzy-duplicate": (f, title) =>
    `${at(f)}${title}「${param(f, "value")}」与第 ${param(f, "firstRow")} 行（客户编号 ${param(f, "firstId")}）相同，可能是同一客户`,
  "formula-error": (f, title) => `${at(f)}${title}是公式错误值 ${param(f, "value")}`,
  "cross-field-error": (f, title, titleOf) => {
    const v = `${at(f)}${title}（${param(f, "value")}）`;
    const other = titleOf(param(f, "other"));
    const ov = param(f, "otherValue");
    switch (param(f, "rule")) {
      case "last-before-first":
        return `${v}早于${other}（${ov}）`;
      case "orders-zero-with-date":
        return `${at(f)}${title}为 0，但${other}有日期（${ov}）`;
      case "orders-zero-with-sales":
        return `${at(f)}${title}为 0，但${other}为 ${ov}`;
      default:
        return `${v}大于${other}（${ov}）`;
    }
  },
  "future-date": (f, title) =>
    `${at(f)}${title}「${param(f, "value")}」晚于基准日 ${param(f, "asOf")}`,
  "stale-record": (f, title) =>
    `${at(f)}${title}为 ${param(f, "value")}，已有 ${param(f, "days")} 天未更新（超过 ${param(f, "limit")} 天）`,
  "format-fix": (f, title) =>
    `${at(f)}${title}「${param(f, "value")}」读作 ${param(f, "fixed")}（${READINGS[param(f, "reading")] ?? param(f, "reading")}），建议改为 ${param(f, "fixed")}`,
  "unknown-customer": (f, title) => `${at(f)}${title}「${param(f, "value")}」不在客户档案中`,
  "transactions-override": (f, title) =>
    `${at(f)}${title}：客户档案中为 ${param(f, "value")}，交易明细汇总为 ${param(f, "transactionsValue")}，以交易明细为准`,
};
