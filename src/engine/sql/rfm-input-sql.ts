import type { SqlCte } from "./sql-cte";

/**
 * Who gets RFM and with what (domain.md §4, §8): buyers whose last purchase, orders and sales are
 * all known; recency in calendar days to the as-of date (negative for a later purchase).
 */
export function rfmInputCtes(from: string): SqlCte[] {
  return [
    {
      name: "rfm_eligible",
      section: "domain.md §8 RFM covers buyers with recency, orders and sales",
      why: "who RFM covers",
      body: `SELECT *,
    (NOT no_purchase AND orders IS NOT NULL AND last_purchase IS NOT NULL
      AND sales_amount IS NOT NULL) AS rfm_eligible
  FROM ${from}`,
    },
    {
      name: "rfm_input",
      section: "domain.md §4 RFM; §8 buyers with recency, orders and sales",
      why: "recency (days), frequency (orders) and monetary (sales) of the customers RFM covers",
      body: `SELECT *,
    CASE WHEN rfm_eligible THEN CAST(as_of - last_purchase AS DOUBLE PRECISION) END AS rfm_recency,
    CASE WHEN rfm_eligible THEN orders END AS rfm_frequency,
    CASE WHEN rfm_eligible THEN sales_amount END AS rfm_monetary
  FROM rfm_eligible`,
    },
  ];
}
