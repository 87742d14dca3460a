import type { Localized } from "../../../i18n/lang";
import type { NaturalClass } from "../../models/tiers/natural-breaks";
import type { ValueMeasure } from "../../models/tiers/value-measure";
import { formatMoney } from "../money";
import { measureName } from "./measure-name";

/** Which natural-breaks class a customer is in, the class's range, and how the classes were made. */
export function explainNaturalBreaks(
  breakClass: number | null,
  classes: readonly NaturalClass[],
  value: number | null,
  measure: ValueMeasure,
  currency?: string
): Localized {
  const m = measureName(measure);
  const c = breakClass === null ? undefined : classes[breakClass - 1];
  if (!c || value === null) {
    return {
      "zh-CN": `无自然断点分类：没有${m["zh-CN"]}数据。`,
      "en-US": `No natural-breaks class: no ${m["en-US"]}.`,
    };
  }
  const k = classes.length;
  return {
    "zh-CN": `自然断点第 ${c.index} 类（共 ${k} 类，按${m["zh-CN"]}用 ckmeans 分组，第 1 类最低）：${formatMoney(c.min, "zh-CN", currency)} 至 ${formatMoney(c.max, "zh-CN", currency)}；该客户 ${formatMoney(value, "zh-CN", currency)}。`,
    "en-US": `Natural-breaks class ${c.index} of ${k} (ckmeans on ${m["en-US"]}, class 1 lowest): ${formatMoney(c.min, "en-US", currency)} to ${formatMoney(c.max, "en-US", currency)}; this one ${formatMoney(value, "en-US", currency)}.`,
  };
}
