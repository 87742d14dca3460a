import * as fs from "node:fs";
import * as path from "node:path";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { CliError } from "../cli-error";
import { localized } from "../localized";
import { asOfOption, checkOptions, fileArgument } from "../common-options";
import { loadWorkbook } from "../load-table";
import { clvText, type ClvText } from "../../i18n/clv";
import type { Localized } from "../../i18n/lang";
import { openTable } from "../../engine/table/open-table";
import { CLV_SUMMARY_TEMPLATE } from "../../engine/template/clv-summary";
import { TRANSACTIONS_TEMPLATE } from "../../engine/template/transactions";
import { isoFromDay, type Day } from "../../engine/day";
import {
  isCdnowText,
  parseCdnowPurchases,
  type ParsedPurchases,
} from "../../engine/models/clv/parse-cdnow-purchases";
import { purchasesFromTable } from "../../engine/models/clv/purchases-from-table";
import { isSummaryTable, summaryFromTable } from "../../engine/models/clv/summary-from-table";
import { summarizePurchases, type TimeUnit } from "../../engine/models/clv/summarize-purchases";
import type { PurchaseSummary } from "../../engine/models/clv/clv-types";
import type { RowProblem } from "../../engine/models/clv/purchase-problem";
import { fitClvModels } from "../../engine/models/clv/fit-clv-models";
import { formatFitClvText } from "../format/fit-clv-text";
import { formatFitClvJson } from "../format/fit-clv-json";

const OPTIONS = ["sheet", "period", "as-of", "json", "lang"] as const;
/** Problems named one by one before "... and N more". */
const SHOWN_PROBLEMS = 5;
/** lifetimes' defaults for customer_lifetime_value: 12 months, 1% a month. */
const HORIZON = { months: 12, monthlyDiscount: 0.01 };

/** The customers to fit, from whichever input FILE is. */
export interface ClvInput {
  summary: PurchaseSummary;
  ids: string[];
  /** The as-of date used to summarise purchases; null for a summary file. */
  asOf: Day | null;
  /** Notes for the user: purchases or rows left out. */
  notes: string[];
}

/**
 * `tiersheet fit clv FILE`: fits BG/NBD and, where spend exists, Gamma-Gamma on a summary sheet, a
 * transactions sheet or CDNOW_master.txt's text; prints the parameters, or every customer's
 * predictions with --json. Exit 0 fitted, 1 the model was refused (the reason is printed), 2 bad input.
 */
export async function runFitClv(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  checkOptions(args, OPTIONS);
  const file = fileArgument(args);
  const unit = periodOption(args);
  const asOf = typeof args.options["as-of"] === "string" ? asOfOption(args) : null;
  const t = clvText(lang);
  const input = await readClvInput(file, args, io.cwd, unit, asOf, lang);
  const result = fitClvModels(input.summary, {
    ...HORIZON,
    unit,
  });
  const json = args.options.json === true;
  for (const note of input.notes) (json ? io.err : io.out)(note + "\n");
  if (!result.bgnbd.ok) {
    io.err(t.bgnbdRefused(t.refusal(result.bgnbd.refusal)) + "\n");
    return 1;
  }
  if (result.gammaGamma && !result.gammaGamma.ok) {
    io.err(t.gammaGammaRefused(t.refusal(result.gammaGamma.refusal)) + "\n");
  }
  if (json) io.out(formatFitClvJson(result, input.ids) + "\n");
  else
    io.out(
      formatFitClvText(
        result,
        { file: path.basename(file), unit, asOf: input.asOf, ...HORIZON },
        lang
      )
    );
  return 0;
}

function periodOption(args: ParsedArgs): TimeUnit {
  const value = args.options.period;
  if (value === undefined) return "weeks";
  if (value === "weeks" || value === "days") return value;
  throw new CliError(clvLocalized((t) => t.badPeriod(String(value))));
}

function clvLocalized(pick: (text: ClvText) => string): Localized {
  return { "zh-CN": pick(clvText("zh-CN")), "en-US": pick(clvText("en-US")) };
}

/** Reads FILE as CDNOW text (fast path), a summary sheet or a transactions sheet. */
async function readClvInput(
  file: string,
  args: ParsedArgs,
  cwd: string,
  unit: TimeUnit,
  asOf: Day | null,
  lang: Lang
): Promise<ClvInput> {
  const fullPath = path.resolve(cwd, file);
  const fileName = path.basename(fullPath);
  if (args.options.sheet === undefined && looksLikeCdnow(fullPath)) {
    const text = fs.readFileSync(fullPath, "latin1");
    return fromPurchases(
      parseCdnowPurchases(text),
      fileName,
      fileName.replace(/\.[^.]+$/, ""),
      unit,
      asOf,
      lang
    );
  }
  const { workbook, sheetName } = await loadWorkbook(file, args, cwd);
  const summaryTable = openTable(workbook, { template: CLV_SUMMARY_TEMPLATE, sheetName });
  if (summaryTable === null) {
    const names = workbook.sheets.map((s) => s.name).join(", ");
    throw new CliError(localized((t) => t.sheetNotFound(fileName, sheetName ?? "", names)));
  }
  if (isSummaryTable(summaryTable.table)) {
    if (asOf !== null) throw new CliError(clvLocalized((t) => t.asOfOnSummary));
    const read = summaryFromTable(summaryTable.table);
    const sheet = summaryTable.sheet.name;
    if (read.problems.length > 0)
      throw new CliError(problemsMessage(fileName, sheet, read.problems));
    return { summary: read.summary, ids: read.ids, asOf: null, notes: [] };
  }
  const transactions = openTable(workbook, { template: TRANSACTIONS_TEMPLATE, sheetName });
  const fields = transactions?.table.fieldColumns ?? {};
  if (!transactions || !("customer_id" in fields) || !("order_date" in fields)) {
    const sheet = transactions?.sheet.name ?? summaryTable.sheet.name;
    throw new CliError(clvLocalized((t) => t.notClvInput(fileName, sheet)));
  }
  return fromPurchases(
    purchasesFromTable(transactions.table),
    fileName,
    transactions.sheet.name,
    unit,
    asOf,
    lang
  );
}

function looksLikeCdnow(fullPath: string): boolean {
  if (!/\.(txt|csv|tsv)$/i.test(fullPath)) return false;
  try {
    const fd = fs.openSync(fullPath, "r");
    try {
      const head = Buffer.alloc(512);
      const read = fs.readSync(fd, head, 0, head.length, 0);
      return isCdnowText(head.subarray(0, read).toString("latin1"));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Unreadable or missing: the general reader names the problem.
    return false;
  }
}

function fromPurchases(
  parsed: ParsedPurchases,
  fileName: string,
  sheet: string,
  unit: TimeUnit,
  asOfOption: Day | null,
  lang: Lang
): ClvInput {
  const { purchases, ids, problems } = parsed;
  if (purchases.day.length === 0) throw new CliError(clvLocalized((t) => t.noPurchases(fileName)));
  let last = purchases.day[0];
  for (let i = 1; i < purchases.day.length; i++)
    if (purchases.day[i] > last) last = purchases.day[i];
  // Without --as-of the observation ends with the last purchase, as lifetimes' default does.
  const asOf = asOfOption ?? last;
  const done = summarizePurchases(purchases, { asOf, unit });
  const t = clvText(lang);
  const notes: string[] = [];
  if (problems.length > 0) {
    const examples = problems
      .slice(0, 3)
      .map((p) => t.problem(sheet, p))
      .join("; ");
    notes.push(t.rowsLeftOut(problems.length, examples));
  }
  if (done.purchasesLeftOut > 0) {
    notes.push(t.purchasesLeftOut(done.purchasesLeftOut, isoFromDay(asOf), done.customersLeftOut));
  }
  const kept = Array.from(done.customerIndex, (c) => ids[c]);
  return { summary: done.summary, ids: kept, asOf, notes };
}

function problemsMessage(fileName: string, sheet: string, problems: RowProblem[]): Localized {
  const lines = (lang: Lang) => {
    const t = clvText(lang);
    const out = [t.summaryRefused(fileName, sheet, problems.length)];
    for (const p of problems.slice(0, SHOWN_PROBLEMS)) out.push("  " + t.problem(sheet, p));
    if (problems.length > SHOWN_PROBLEMS) out.push("  " + t.more(problems.length - SHOWN_PROBLEMS));
    return out.join("\n");
  };
  return { "zh-CN": lines("zh-CN"), "en-US": lines("en-US") };
}
