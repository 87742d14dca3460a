import { ScorecardError } from "../models/credit/scorecard-issue";
import type { Day } from "../day";
import { compileScorecard } from "../models/credit/compile-scorecard";
import { DERIVED_NAMES, NUMBER_FIELDS } from "../models/credit/expression/expression-names";
import type { Settings } from "../settings";
import { abcCtes } from "./abc-sql";
import { altmanZoneCte } from "./altman-zone-sql";
import { churnAlertCte } from "./churn-alert-sql";
import { clvCte } from "./clv-sql";
import { creditInputsCte } from "./credit-inputs-sql";
import { creditPolicyCtes } from "./credit-policy-sql";
import { indicatorPointsCtes } from "./indicator-points-sql";
import { keyCustomerCtes } from "./key-customer-sql";
import { lifecycleCte } from "./lifecycle-sql";
import { modelColumns } from "./model-columns";
import { noPurchaseCte } from "./no-purchase-sql";
import { NOT_IN_SQL } from "./not-in-sql";
import { pyramidCtes } from "./pyramid-sql";
import { reasonCodesCtes, reasonColumnCount } from "./reason-codes-sql";
import { rfmBreaksCtes } from "./rfm-breaks-sql";
import { rfmInputCtes } from "./rfm-input-sql";
import { rfmScoreCtes } from "./rfm-score-sql";
import { scorecardScoreCtes } from "./scorecard-score-sql";
import { asOfSql, sourceRowsCte } from "./source-rows-sql";
import type { SqlCte, SqlModelContext } from "./sql-cte";
import type { SqlDialect } from "./sql-dialect";
import { sqlCommentText, sqlTableName } from "./sql-literal";
import { stageCte } from "./stage-sql";
import { valueCtes } from "./value-sql";
import { valueOrderCte } from "./value-order-sql";

export interface SqlCompileOptions {
  dialect?: SqlDialect;
  /** The table to read, plain or schema-qualified; "customers" by default. */
  source?: string;
  /** The as-of date; null or absent = CURRENT_DATE when the script runs. */
  asOf?: Day | null;
  /** The columns the source has; absent = all the model reads. The others read as NULL. */
  columns?: readonly string[] | null;
}

/** The output columns, in order, each with what it is (the script's header lists them). */
export function outputColumns(reasonCount: number): [string, string][] {
  const reasons = Array.from(
    { length: reasonColumnCount(reasonCount) },
    (_, i): [string, string] => [`reason_${i + 1}`, `reason code ${i + 1} (indicator id)`]
  );
  return [
    ["customer_id", "the source's customer_id"],
    [
      "value_measure",
      "the measure that ranks: gross_profit - service_cost, gross_profit or sales_amount",
    ],
    ["value", "the value on that measure; NULL = unranked"],
    ["value_rank", "rank by value, 1 = largest"],
    ["abc", "A / B / C"],
    ["loss_making", "value <= 0"],
    ["pyramid", "VIP / Major / Ordinary / Small / Prospect"],
    ["buyer_rank", "rank among buyers with a value"],
    ["key_customer", "both / high-value / influential"],
    ["rfm_recency", "days since the last purchase"],
    ["rfm_r", "R score 1-5"],
    ["rfm_f", "F score 1-5"],
    ["rfm_m", "M score 1-5"],
    ["rfm_fm", "round half up of (F + M) / 2"],
    ["rfm_segment", "RFM segment"],
    ["lifecycle", "Prospect / Churned / Loyal / Repeat / First-time"],
    ["stage", "exploration / formation / stability / decline"],
    ["churn_alert", "overdue against the customer's own rhythm"],
    ["clv", "deterministic lifetime value"],
    ["credit_score", "0-100, exact"],
    ["credit_confidence", "share of the scorecard's weight with data"],
    ["credit_grade", "AAA..C, or insufficient"],
    ["credit_light", "green / amber / red"],
    ["recommended_limit", "recommended credit limit"],
    ["credit_terms", "90 days ... COD, prepayment"],
    ...reasons,
    ["avg_monthly_sales", "average monthly sales"],
    ["altman_z", "Altman Z''"],
    ["altman_zone", "safe / grey / distress"],
  ];
}

function chain(ctes: SqlCte[], next: (from: string) => SqlCte | SqlCte[]): void {
  const made = next(ctes[ctes.length - 1].name);
  ctes.push(...(Array.isArray(made) ? made : [made]));
}

/**
 * PostgreSQL pulls a single-use CTE up into the query that reads it, copying each column's
 * expression into every place that names it: down a chain of CTEs that multiplies the work per row
 * (and the planner's memory) many times over. OFFSET 0 keeps each step a step of its own.
 */
function cteText(cte: SqlCte, dialect: SqlDialect): string {
  const fence = dialect === "postgres" ? "\n  OFFSET 0" : "";
  return `-- ${cte.section}\n-- ${cte.why}\n${cte.name} AS (\n  ${cte.body}${fence}\n)`;
}

/**
 * The tier and credit model of `settings` as one readable SQL script for DuckDB or PostgreSQL
 * (issue 19): a CTE per rule, each with a comment naming its domain.md section, reading a table
 * whose columns are the template's field ids, giving one row per customer. What the engine does
 * and SQL here does not is listed at the top under "Not in SQL". Settings values appear only as
 * quoted literals. Throws ScorecardError for a scorecard the engine would refuse too, and
 * SqlCompileError for a value SQL cannot hold.
 */
export function compileModelSql(settings: Settings, options: SqlCompileOptions = {}): string {
  const dialect = options.dialect ?? "duckdb";
  const ctx: SqlModelContext = {
    dialect,
    settings,
    asOf: options.asOf ?? null,
    source: sqlTableName(options.source ?? "customers"),
    columns: options.columns ? new Set(options.columns) : null,
  };
  if (settings.credit.method === "statistical" || settings.credit.method === "fuzzy") {
    // Compiling the expert scorecard instead would give other grades than the engine without a word.
    throw new ScorecardError([
      {
        path: "credit.method",
        message: {
          "zh-CN": `信用评估方法“${settings.credit.method}”不能编译为 SQL（只支持 5C、5P 和自定义评分卡）`,
          "en-US": `credit method "${settings.credit.method}" is not compiled to SQL (5C, 5P and custom scorecards are)`,
        },
      },
    ]);
  }
  if (settings.tiers.churnAlert.rule === "p-alive") {
    // BG/NBD is fitted by the engine, not in SQL: compiling the gap rule instead would alert others.
    throw new ScorecardError([
      {
        path: "tiers.churnAlert.rule",
        message: {
          "zh-CN": "按存活概率（P(alive)）的流失预警不能编译为 SQL（只支持间隔倍数规则 gap）",
          "en-US": 'churn alerts by P(alive) are not compiled to SQL (the "gap" rule is)',
        },
      },
    ]);
  }
  const scorecard = compileScorecard(settings.credit);
  const columns = modelColumns(scorecard);
  const tiers = settings.tiers;
  const credit = settings.credit;
  const readable = new Set<string>([
    ...columns.filter((c) => (NUMBER_FIELDS as readonly string[]).includes(c)),
    ...DERIVED_NAMES,
  ]);

  const ctes: SqlCte[] = [sourceRowsCte(ctx, columns)];
  chain(ctes, noPurchaseCte);
  chain(ctes, valueCtes);
  chain(ctes, (from) => valueOrderCte(ctx, from));
  chain(ctes, (from) => abcCtes(tiers.abc, from));
  chain(ctes, (from) => pyramidCtes(tiers.pyramid, from));
  chain(ctes, (from) => keyCustomerCtes(tiers.keyCustomers, from));
  chain(ctes, rfmInputCtes);
  const rfmFrom = ctes[ctes.length - 1].name;
  ctes.push(...rfmBreaksCtes(tiers.rfm, rfmFrom));
  ctes.push(...rfmScoreCtes(ctx, rfmFrom));
  chain(ctes, (from) => lifecycleCte(tiers.lifecycle, from));
  chain(ctes, (from) => churnAlertCte(tiers.churnAlert, from));
  chain(ctes, stageCte);
  chain(ctes, (from) => clvCte(tiers.clv, from));
  chain(ctes, (from) => creditInputsCte(credit, from));
  chain(ctes, (from) => indicatorPointsCtes(scorecard, readable, from));
  chain(ctes, (from) => scorecardScoreCtes(scorecard, from));
  chain(ctes, (from) => creditPolicyCtes(credit, from));
  chain(ctes, (from) => reasonCodesCtes(scorecard, credit.reasonCount, from));
  chain(ctes, (from) => altmanZoneCte(credit.altman, from));

  const out = outputColumns(credit.reasonCount);
  const width = Math.max(...out.map(([name]) => name.length));
  const header = [
    `-- TierSheet: the tier and credit model compiled to SQL (dialect: ${dialect}).`,
    `-- Settings version ${settings.version}; scorecard ${sqlCommentText(scorecard.id)} (credit method ${sqlCommentText(credit.method)}).`,
    "-- Generated by `tiersheet sql`: change the settings and compile again rather than editing by hand.",
    "--",
    `-- Reads ${sqlCommentText(ctx.source)}, one row per customer (customer_id unique), columns named by the`,
    "-- enterprise template's field ids (domain.md §2): numbers, dates (DATE or ISO text) and text:",
    `--   ${columns.join(", ")}`,
    ...(ctx.columns
      ? [
          `-- Absent from the source, read as NULL: ${columns.filter((c) => !ctx.columns!.has(c)).join(", ") || "none"}`,
        ]
      : []),
    `-- As of: ${asOfSql(ctx)}${ctx.asOf === null ? " (the date the script runs)" : ""}.`,
    "--",
    "-- Writes one row per customer:",
    ...out.map(([name, what]) => `--   ${name.padEnd(width)}  ${what}`),
    "--",
    "-- Not in SQL (the TypeScript engine only):",
    ...NOT_IN_SQL.map((line) => `--   - ${line}`),
    "",
  ];
  const body = `WITH\n${ctes.map((cte) => cteText(cte, dialect)).join(",\n\n")}\nSELECT\n  ${out.map(([name]) => name).join(",\n  ")}\nFROM ${ctes[ctes.length - 1].name};\n`;
  return header.join("\n") + "\n" + body;
}
