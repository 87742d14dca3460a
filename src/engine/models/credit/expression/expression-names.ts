import type { CustomerField } from "../../customer";

/** Customer fields holding numbers, readable in expressions by their field id. */
export const NUMBER_FIELDS = [
  "registered_capital",
  "employees",
  "influence",
  "total_assets",
  "total_liabilities",
  "current_assets",
  "current_liabilities",
  "revenue",
  "revenue_prev",
  "net_profit",
  "retained_earnings",
  "ebit",
  "collateral_value",
  "credit_limit",
  "payment_terms_days",
  "overdue_days_avg",
  "overdue_count",
  "orders",
  "sales_amount",
  "gross_profit",
  "service_cost",
  "returns_amount",
  "discount_amount",
  "complaints",
] as const satisfies readonly CustomerField[];

/** Customer date fields, readable as Days (whole days since 1970-01-01), so `as_of - founded` is days. */
export const DATE_FIELDS = [
  "founded",
  "last_updated",
  "first_purchase",
  "last_purchase",
] as const satisfies readonly CustomerField[];

/** Customer text fields: usable by category indicators, not in expressions. */
export const TEXT_FIELDS = [
  "customer_id",
  "name",
  "legal_form",
  "industry",
  "region",
  "sales_rep",
  "industry_risk",
] as const satisfies readonly CustomerField[];

/** Names computed from the customer and the as-of date (expression-inputs.ts). */
export const DERIVED_NAMES = [
  "as_of",
  "years_as_customer",
  "months_as_customer",
  "years_in_business",
  "days_since_last_purchase",
  "avg_monthly_sales",
  "altman_z",
] as const;

/** Every name an expression may read. */
export const EXPRESSION_NAMES: readonly string[] = [
  ...NUMBER_FIELDS,
  ...DATE_FIELDS,
  ...DERIVED_NAMES,
];
