import type { Day } from "./day";
import { aggregateTransactions } from "./models/aggregate-transactions";
import type { Customer } from "./models/customer";
import { emptyCustomer } from "./models/empty-customer";
import {
  customerColumnsFromObjects,
  fillCustomer,
  customerColumnsFromTable,
  type CustomerColumns,
} from "./models/customer-columns";
import { mergeTransactions } from "./models/merge-transactions";
import { altmanZ, type AltmanResult } from "./models/credit/altman";
import type { CreditOutcome } from "./models/credit/credit-result";
import { creditOutcomeScorer } from "./models/credit/credit-scorer";
import {
  newCreditColumns,
  setCreditOutcome,
  type CreditColumns,
} from "./models/credit/credit-columns";
import {
  predictiveClvForCustomers,
  type PredictiveClvRun,
} from "./models/clv/predictive-clv-for-customers";
import { scoreTierColumns, type CustomerTiers, type TierSummary } from "./models/tiers/score-tiers";
import type { TierColumns } from "./models/tiers/tier-columns";
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

/** The customers of a run and their tiers and credit, index k being customer k. */
export interface ScoredColumns {
  length: number;
  inputs: CustomerColumns;
  tiers: TierColumns;
  credit: CreditColumns;
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
  /**
   * Every customer's inputs and results, as columns (read them through scored-customers.ts, which
   * builds one customer's ScoredCustomer at a time).
   */
  customers: ScoredColumns;
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
): Pick<ScoreRun, "transactions" | "joinFindings"> & {
  customers: CustomerColumns;
  fields: string[];
} {
  if (opened.template.id === TRANSACTIONS_TEMPLATE.id) {
    const fields = ["orders", "first_purchase", "last_purchase", "sales_amount"].concat(
      opened.table.fieldColumns.profit === undefined ? [] : ["gross_profit"]
    );
    return {
      customers: customerColumnsFromObjects(aggregateTransactions(opened.table), [
        "customer_id",
        ...fields,
      ]),
      fields,
      transactions: null,
      joinFindings: [],
    };
  }
  const txSheet = findTransactionsSheet(workbook, opened.sheet);
  if (txSheet === null) {
    return {
      customers: customerColumnsFromTable(opened.table),
      fields: fieldsOf(opened.table),
      transactions: null,
      joinFindings: [],
    };
  }
  const txTable = readTable(txSheet, TRANSACTIONS_TEMPLATE);
  const merged = mergeTransactions(opened.table, txTable);
  return {
    customers: customerColumnsFromObjects(merged.customers, [
      "customer_id",
      ...fieldsOf(opened.table),
      ...merged.fieldsPresent,
    ]),
    fields: merged.fieldsPresent,
    transactions: {
      sheet: txSheet,
      table: txTable,
      validation: validateTable(txTable, TRANSACTIONS_TEMPLATE, context),
    },
    joinFindings: merged.findings,
  };
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
      ? predictiveClvForCustomers(purchases, gathered.customers.ids, asOf, settings.tiers.clv)
      : null;
  // Churn rule "p-alive" alerts on the fitted P(alive), so the fit comes before the tiers.
  stage("tiers");
  const inputs = gathered.customers;
  const tierResult = scoreTierColumns(
    inputs,
    gathered.fields,
    asOf,
    settings.tiers,
    settings.tiers.churnAlert.rule === "p-alive" ? (predictiveClv?.pAlive ?? null) : null
  );
  stage("credit");
  const scoreCredit = creditOutcomeScorer(settings.credit, opened.table);
  const credit = newCreditColumns(inputs.size, settings.credit.reasonCount, inputs.ids);
  const grades: Record<string, number> = {};
  const lights = { green: 0, amber: 0, red: 0, none: 0 };
  const altmanZones: Record<string, number> = {};
  // One customer object, refilled for each customer (the scorers keep nothing of it): only
  // columns stay.
  const scratch = emptyCustomer("", 0);
  for (let k = 0; k < inputs.size; k++) {
    const customer = fillCustomer(inputs, k, scratch);
    const outcome = scoreCredit(customer, asOf);
    setCreditOutcome(credit, k, outcome);
    grades[outcome.grade] = (grades[outcome.grade] ?? 0) + 1;
    lights[outcome.light ?? "none"]++;
    const altman = altmanZ(customer, settings.credit.altman);
    if (altman !== null) altmanZones[altman.zone] = (altmanZones[altman.zone] ?? 0) + 1;
  }
  const customers: ScoredColumns = {
    length: inputs.size,
    inputs,
    tiers: tierResult.tiers,
    credit,
  };
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
