import type { Localized } from "../../../i18n/lang";
import type { ValueMeasure } from "../../models/tiers/value-measure";

const NAMES: Record<ValueMeasure, Localized> = {
  gross_profit_less_service_cost: {
    "zh-CN": "利润贡献（毛利减服务成本）",
    "en-US": "profit contribution (gross profit less cost to serve)",
  },
  gross_profit: { "zh-CN": "毛利", "en-US": "gross profit" },
  sales_amount: { "zh-CN": "销售额", "en-US": "sales" },
  none: { "zh-CN": "价值", "en-US": "value" },
};

/** The name of the value measure, so every sentence says which figure ranked the customers. */
export function measureName(measure: ValueMeasure): Localized {
  return NAMES[measure];
}
