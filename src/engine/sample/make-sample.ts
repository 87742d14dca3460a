import { isoFromDay, type Day } from "../day";
import type { WorkbookData } from "../table/sheet";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { INDIVIDUAL_TEMPLATE } from "../template/individual";
import { TRANSACTIONS_TEMPLATE } from "../template/transactions";
import { costsFromTransactions } from "./costs-from-transactions";
import { injectDefects, type InjectedDefect } from "./inject-defects";
import { makeEnterpriseRecords } from "./make-enterprise-records";
import { makeIndividualRecords } from "./make-individual-records";
import { makeTransactionRecords } from "./make-transactions-records";
import { createRandom } from "./random";
import { sheetFromRecords } from "./sheet-from-records";

export type SampleKind = "enterprise" | "individual" | "transactions";

export interface SampleOptions {
  kind: SampleKind;
  /** Customers, or for "transactions" the number of transactions (customers = about rows / 5). */
  rows: number;
  seed: number;
  asOf: Day;
  /** Inject one or more defects of every finding code that data rows can carry. */
  messy?: boolean;
}

export interface Sample {
  workbook: WorkbookData;
  injected: InjectedDefect[];
}

export type { InjectedDefect };

/** The fields a transactions sheet fills by aggregation: left empty on its customer sheet so they never disagree. */
const AGGREGATED = ["orders", "first_purchase", "last_purchase", "sales_amount", "gross_profit"];

/**
 * A realistic Chinese sample workbook, the same for the same options. Clean samples pass
 * validation for asOf without a finding; messy ones list every defect put in, where the validator
 * reports it. "transactions" gives the usual pair: a 客户档案 sheet and its 交易明细.
 */
export function makeSample(options: SampleOptions): Sample {
  const { kind, seed, asOf } = options;
  const rows = Math.max(0, Math.floor(options.rows));
  const rng = createRandom(seed);
  const title = (name: string) => `${name} ${isoFromDay(asOf)}`;
  if (kind === "individual") {
    const sheet = sheetFromRecords(
      "客户档案",
      title("客户档案"),
      INDIVIDUAL_TEMPLATE,
      makeIndividualRecords(rng, rows, asOf)
    );
    const injected = options.messy ? injectDefects(rng, sheet, INDIVIDUAL_TEMPLATE, asOf) : [];
    return { workbook: { sheets: [sheet] }, injected };
  }
  if (kind === "enterprise") {
    const sheet = sheetFromRecords(
      "客户档案",
      title("客户档案"),
      ENTERPRISE_TEMPLATE,
      makeEnterpriseRecords(rng, rows, asOf)
    );
    const injected = options.messy ? injectDefects(rng, sheet, ENTERPRISE_TEMPLATE, asOf) : [];
    return { workbook: { sheets: [sheet] }, injected };
  }
  const customers = makeEnterpriseRecords(rng, Math.max(1, Math.ceil(rows / 5)), asOf);
  const buyers = customers.filter((c) => c.orders !== 0).map((c) => String(c.customer_id));
  for (const customer of customers) for (const field of AGGREGATED) customer[field] = null;
  const transactions = makeTransactionRecords(rng, buyers, rows, asOf);
  costsFromTransactions(rng, customers, transactions);
  const customerSheet = sheetFromRecords(
    "客户档案",
    title("客户档案"),
    ENTERPRISE_TEMPLATE,
    customers
  );
  const transactionSheet = sheetFromRecords(
    "交易明细",
    title("交易明细"),
    TRANSACTIONS_TEMPLATE,
    transactions
  );
  const injected = options.messy
    ? injectDefects(rng, transactionSheet, TRANSACTIONS_TEMPLATE, asOf, {
        unknownCustomerId: "C99999999",
      })
    : [];
  return { workbook: { sheets: [customerSheet, transactionSheet] }, injected };
}
