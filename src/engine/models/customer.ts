import type { Day } from "../day";

/**
 * One customer as the models see it: the enterprise template's fields (domain.md §2) by field id,
 * already read as their types (dates as Day). A field the file lacks, or whose cell is empty or
 * unreadable, is null (domain.md §8: an unreadable cell counts as empty).
 */
export interface Customer {
  /** The sheet's own row number (for transactions: the first row of this customer). */
  row: number;
  customer_id: string;
  name: string | null;
  legal_form: string | null;
  industry: string | null;
  region: string | null;
  sales_rep: string | null;
  founded: Day | null;
  registered_capital: number | null;
  employees: number | null;
  influence: number | null;
  last_updated: Day | null;
  total_assets: number | null;
  total_liabilities: number | null;
  current_assets: number | null;
  current_liabilities: number | null;
  revenue: number | null;
  revenue_prev: number | null;
  net_profit: number | null;
  retained_earnings: number | null;
  ebit: number | null;
  collateral_value: number | null;
  credit_limit: number | null;
  payment_terms_days: number | null;
  overdue_days_avg: number | null;
  overdue_count: number | null;
  /** Canonical 低 / 中 / 高. */
  industry_risk: string | null;
  first_purchase: Day | null;
  last_purchase: Day | null;
  orders: number | null;
  sales_amount: number | null;
  gross_profit: number | null;
  service_cost: number | null;
  returns_amount: number | null;
  discount_amount: number | null;
  complaints: number | null;
}

export type CustomerField = Exclude<keyof Customer, "row">;
