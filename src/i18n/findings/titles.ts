import type { FindingCode } from "../../engine/validate/finding";
import type { Lang } from "../lang";

/**
 * Each finding code's title as the Check view heads its group: words a salesperson reads, with the
 * code itself shown only as a small tag beside it.
 */
export const FINDING_TITLES: Readonly<Record<FindingCode, Readonly<Record<Lang, string>>>> = {
  "header-not-found": { "zh-CN": "找不到表头行", "en-US": "No header row found" },
  "blank-label": { "zh-CN": "表头有空白列名", "en-US": "Column without a name" },
  "duplicate-label": { "zh-CN": "表头列名重复", "en-US": "Column name used twice" },
  "missing-label": { "zh-CN": "缺少必需的列", "en-US": "Required column missing" },
  "extra-label": { "zh-CN": "模板之外的列", "en-US": "Column the template does not know" },
  "blank-row": { "zh-CN": "空行", "en-US": "Empty row" },
  "repeated-header": {
    "zh-CN": "表中重复出现的表头行",
    "en-US": "Header repeated inside the table",
  },
  "missing-cell": { "zh-CN": "必填项为空", "en-US": "Required value missing" },
  "extra-cell": { "zh-CN": "表头之外还有数据", "en-US": "Value beyond the last column" },
  "type-error": { "zh-CN": "格式不对", "en-US": "Value of the wrong kind" },
  "constraint-error": { "zh-CN": "超出允许的范围", "en-US": "Value outside the allowed range" },
  "unique-error": { "zh-CN": "客户编号重复", "en-US": "Same ID on two rows" },
  "duplicate-row": { "zh-CN": "整行重复", "en-US": "Row repeated" },
  "fuzzy-duplicate": { "zh-CN": "疑似同一客户", "en-US": "Probably the same customer twice" },
  "formula-error": { "zh-CN": "公式出错", "en-US": "Formula error in a cell" },
  "cross-field-error": {
    "zh-CN": "字段之间互相矛盾",
    "en-US": "Values that contradict each other",
  },
  "future-date": { "zh-CN": "日期在未来", "en-US": "Date in the future" },
  "stale-record": { "zh-CN": "档案很久没有更新", "en-US": "Record not updated for long" },
  "format-fix": {
    "zh-CN": "写法不规范（可自动修正）",
    "en-US": "Written loosely (can be fixed for you)",
  },
  "unknown-customer": {
    "zh-CN": "交易中的客户不在客户表中",
    "en-US": "Purchase by a customer not in the file",
  },
  "transactions-override": {
    "zh-CN": "以交易明细为准的字段",
    "en-US": "Value replaced by the purchases sheet",
  },
};

/** The title of a finding code in the given language. */
export function findingTitle(code: FindingCode, lang: Lang): string {
  return FINDING_TITLES[code][lang];
}
