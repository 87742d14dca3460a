import type { SqlCte } from "./sql-cte";

/** The names `score --json` gives the measures (cli/format/score-json.ts). */
export const MEASURE_GROSS_PROFIT_LESS_SERVICE_COST = "gross_profit - service_cost";

/**
 * The value that ranks customers (domain.md §4, §8): the measure is chosen once for the whole
 * table, the first whose column holds data (gross profit less cost to serve, gross profit, sales);
 * an empty cost to serve counts 0; a customer without the chosen figure has no value (unranked).
 */
export function valueCtes(from: string): SqlCte[] {
  return [
    {
      name: "value_measure",
      section: "domain.md §4 Tiers: the value; §8 chosen once per file",
      why: "the first measure whose columns hold data",
      body: `SELECT CASE
      WHEN count(gross_profit) > 0 AND count(service_cost) > 0 THEN '${MEASURE_GROSS_PROFIT_LESS_SERVICE_COST}'
      WHEN count(gross_profit) > 0 THEN 'gross_profit'
      WHEN count(sales_amount) > 0 THEN 'sales_amount'
    END AS value_measure
  FROM ${from}`,
    },
    {
      name: "valued",
      section: "domain.md §4 Tiers: the value",
      why: "each customer's value on the chosen measure; NULL = unranked",
      body: `SELECT r.*, m.value_measure,
    CASE m.value_measure
      WHEN '${MEASURE_GROSS_PROFIT_LESS_SERVICE_COST}' THEN r.gross_profit - COALESCE(r.service_cost, 0)
      WHEN 'gross_profit' THEN r.gross_profit
      WHEN 'sales_amount' THEN r.sales_amount
    END AS value
  FROM ${from} r CROSS JOIN value_measure m`,
    },
  ];
}
