import type { Day } from "./day";
import { aggregateTransactions } from "./models/aggregate-transactions";
import type { Customer } from "./models/customer";
import { customersFromTable } from "./models/customers-from-table";
import { mergeTransactions } from "./models/merge-transactions";
import { altmanZ, type AltmanResult } from "./models/credit/altman";
import type { CreditOutcome } from "./models/credit/credit-result";
import { creditScorer } from "./models/credit/credit-scorer";
import { creditOutcome } from "./models/credit/credit-outcome";
import {
  predictiveClvForCustomers,
  type PredictiveClvRun,
} from "./models/clv/predictive-clv-for-customers";
import { scoreTiers, type CustomerTiers, type TierSummary } from "./models/tiers/score-tiers";
import type { Settings } from "./settings";
import { findHeaderRow } from "./table/find-header-row";
import { buildHeaderMatcher } from "./table/match-header";
import { openTable, type OpenedTable } from "./table/open-table";
import { readTable } from "./table/read-table";
import { userSheets, type SheetData, type WorkbookData } from "./table/sheet";
import type { Table } from "./table/table";
import { TRANSACTIONS_TEMPLATE } from "./template/transactions";
import type { Template } from "./template/types";
import type { Finding } from "./validate/finding";
import type { ValidationReport } from "./validate/report";
import { validateTable } from "./validate/validate";

export interface ScoredCustomer {
  customer: Customer;
  tiers: CustomerTiers;
  credit: CreditOutcome;
  altman: AltmanResult | null;
}

export interface CreditSummary {
  grades: Record<string, number>;
  lights: Record<"green" | "amber" | "red" | "none", number>;
  /** Customers the Altman Z'' could be computed for, by zone. */
  altmanZones: Record<string, number>;
}

/** One scoring run: everything the faces show and the plan builders write. */
export interface ScoreRun {
  asOf: Day;
  settings: Settings;
  template: Template;
  sheet: SheetData;
  table: Table;
  validation: ValidationReport;
  /** The transactions sheet joined to the customer sheet, when the workbook has one. */
  transactions: { sheet: SheetData; table: Table; validation: ValidationReport } | null;
  /** unknown-customer and transactions-override warnings from joining the two sheets. */
  joinFindings: Finding[];
  customers: ScoredCustomer[];
  tiers: TierSummary;
  credit: CreditSummary;
  /** BG/NBD and Gamma-Gamma on the purchases, when settings.tiers.clv.model is "bgnbd"; else null. */
  predictiveClv: PredictiveClvRun | null;
}

/** The stages of a score, in the order they run: a progress report can say how far it is. */
export const SCORE_STAGES = [
  "read-table",
  "validate",
  "customers",
  "clv",
  "tiers",
  "credit",
] as const;
export type ScoreStage = (typeof SCORE_STAGES)[number];

export interface ScoreOptions {
  asOf: Day;
  settings: Settings;
  template?: Template;
  sheetName?: string;
  /** Hears each stage as it starts (a worker passes it on as progress). */
  onStage?: (stage: ScoreStage) => void;
}

/** A transactions sheet other than `except`, when one has a header naming at least 3 of its fields. */
function findTransactionsSheet(workbook: WorkbookData, except: SheetData): SheetData | null {
  const match = buildHeaderMatcher(TRANSACTIONS_TEMPLATE);
  let best: { sheet: SheetData; fields: number } | null = null;
  for (const sheet of userSheets(workbook)) {
    if (sheet === except) continue;
    const found = findHeaderRow(sheet.rows, match, TRANSACTIONS_TEMPLATE.fields.length);
    if (found && found.fields >= 3 && (best === null || found.fields > best.fields)) {
      best = { sheet, fields: found.fields };
    }
  }
  return best?.sheet ?? null;
}

function fieldsOf(table: Table): string[] {
  return Object.keys(table.fieldColumns);
}

/** Customers and the fields they come with, from the opened sheet (and a transactions sheet beside it). */
function gatherCustomers(
  workbook: WorkbookData,
  opened: OpenedTable,
  context: { asOf: Day; staleDays: number }
): Pick<ScoreRun, "transactions" | "joinFindings"> & { customers: Customer[]; fields: string[] } {
  if (opened.template.id === TRANSACTIONS_TEMPLATE.id) {
    return {
      customers: aggregateTransactions(opened.table),
      fields: ["orders", "first_purchase", "last_purchase", "sales_amount"].concat(
        opened.table.fieldColumns.profit === undefined ? [] : ["gross_profit"]
      ),
      transactions: null,
      joinFindings: [],
    };
  }
  const txSheet = findTransactionsSheet(workbook, opened.sheet);
  if (txSheet === null) {
    return {
      customers: customersFromTable(opened.table),
      fields: fieldsOf(opened.table),
      transactions: null,
      joinFindings: [],
    };
  }
  const txTable = readTable(txSheet, TRANSACTIONS_TEMPLATE);
  const merged = mergeTransactions(opened.table, txTable);
  return {
    customers: merged.customers,
    fields: merged.fieldsPresent,
    transactions: {
      sheet: txSheet,
      table: txTable,
      validation: validateTable(txTable, TRANSACTIONS_TEMPLATE, context),
    },
    joinFindings: merged.findings,
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Reads, validates and scores a workbook: every non-blank row with a customer_id is scored, errors or
 * not (domain.md §8), with tiers, credit and Altman Z''. Null when the named sheet does not exist.
 */
export function scoreWorkbook(workbook: WorkbookData, options: ScoreOptions): ScoreRun | null {
  const { asOf, settings } = options;
  const stage = options.onStage ?? (() => {});
  stage("read-table");
  const opened = openTable(workbook, { template: options.template, sheetName: options.sheetName });
  if (opened === null) return null;
  const context = { asOf, staleDays: settings.validation.staleDays };
  stage("validate");
  const validation = validateTable(opened.table, opened.template, context);
  stage("customers");
  const gathered = gatherCustomers(workbook, opened, context);
  stage("clv");
  const purchases =
    opened.template.id === TRANSACTIONS_TEMPLATE.id
      ? opened.table
      : (gathered.transactions?.table ?? null);
  const predictiveClv =
    settings.tiers.clv.model === "bgnbd"
      ? predictiveClvForCustomers(
          purchases,
          gathered.customers.map((c) => c.customer_id),
          asOf,
          settings.tiers.clv
        )
      : null;
  // Churn rule "p-alive" alerts on the fitted P(alive), so the fit comes before the tiers.
  stage("tiers");
  const tierResult = scoreTiers(
    gathered.customers,
    gathered.fields,
    asOf,
    settings.tiers,
    settings.tiers.churnAlert.rule === "p-alive" ? (predictiveClv?.pAlive ?? null) : null
  );
  stage("credit");
  const scoreCredit = creditScorer(settings.credit, opened.table);
  const customers: ScoredCustomer[] = gathered.customers.map((customer, i) => ({
    customer,
    tiers: tierResult.customers[i],
    credit: creditOutcome(scoreCredit(customer, asOf)),
    altman: altmanZ(customer, settings.credit.altman),
  }));
  const grades = countBy(customers, (c) => c.credit.grade);
  const lights = { green: 0, amber: 0, red: 0, none: 0 };
  for (const c of customers) lights[c.credit.light ?? "none"]++;
  const altmanZones = countBy(
    customers.filter((c) => c.altman !== null),
    (c) => c.altman!.zone
  );
  return {
    asOf,
    settings,
    template: opened.template,
    sheet: opened.sheet,
    table: opened.table,
    validation,
    transactions: gathered.transactions,
    joinFindings: gathered.joinFindings,
    customers,
    tiers: tierResult.summary,
    credit: { grades, lights, altmanZones },
    predictiveClv,
  };
}
