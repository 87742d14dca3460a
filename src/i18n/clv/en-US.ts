import type { FitRefusal } from "../../engine/models/clv/clv-types";
import type { RowProblem } from "../../engine/models/clv/purchase-problem";

/** Texts of predictive lifetime value (BG/NBD, Gamma-Gamma) and `tiersheet fit clv`, en-US. */
export const enUS = {
  unit: (unit: "weeks" | "days"): string => unit,
  title: (file: string, customers: number, unit: string, asOf: string | null) =>
    `${file}: ${customers} customers, time in ${unit}` + (asOf ? `, as of ${asOf}` : ""),
  bgnbdLine: (params: string, logLikelihood: string, iterations: number) =>
    `BG/NBD: ${params}; log-likelihood ${logLikelihood}; converged in ${iterations} iterations`,
  gammaGammaLine: (customers: number, params: string, logLikelihood: string, iterations: number) =>
    `Gamma-Gamma (${customers} repeat buyers): ${params}; log-likelihood ${logLikelihood}; converged in ${iterations} iterations`,
  noSpend: "Gamma-Gamma: no spend in the input, so no expected spend or CLV.",
  bgnbdRefused: (reason: string) =>
    `The BG/NBD model cannot be fitted: ${reason}. The deterministic lifetime value stays.`,
  gammaGammaRefused: (reason: string) =>
    `The Gamma-Gamma spend model cannot be fitted: ${reason}. No expected spend or CLV.`,
  horizonLine: (months: number, discount: string, purchases: string, clv: string | null) =>
    `Next ${months} months (monthly discount ${discount}): ${purchases} purchases expected` +
    (clv === null ? "." : `, predictive CLV ${clv} in all.`),
  moreWithJson:
    "Use --json for each customer's P(alive), expected purchases, expected spend and CLV.",
  purchasesLeftOut: (count: number, asOf: string, customers: number) =>
    `${count} purchases after ${asOf} left out of the fit` +
    (customers > 0 ? ` (${customers} customers bought only after it).` : "."),
  rowsLeftOut: (count: number, examples: string) =>
    `${count} rows without a readable customer or date left out: ${examples}`,
  summaryRefused: (file: string, sheet: string, count: number) =>
    `${file} › ${sheet}: ${count} rows cannot be used; nothing was fitted:`,
  problem: (sheet: string, p: RowProblem) =>
    `${sheet}!${p.column}${p.row} (${p.field}) "${p.value.slice(0, 40)}": ${problemText(p.code)}`,
  more: (count: number) => `... and ${count} more`,
  notClvInput: (file: string, sheet: string) =>
    `${file} › ${sheet} is neither a purchase summary (columns frequency, recency, T or x, t_x, T) nor a list of purchases (customer_id, order date).`,
  asOfOnSummary:
    "--as-of leaves out purchases after a date; this file is a summary already, so there is nothing to leave out. Drop --as-of.",
  badPeriod: (value: string) => `--period "${value}" is not a time unit; use weeks or days.`,
  noPurchases: (file: string) => `${file} holds no purchase to fit.`,
  /** The Dashboard's BG/NBD block (build-clv-calibration.ts). */
  dashboard: {
    title: (unit: string) =>
      `BG/NBD check: customers by repeat purchases in their own observed time (in ${unit}), actual and expected`,
    note: "Expected = the sum over customers of the model's chance of exactly that many repeat purchases in their observed time (lifetimes' plot_period_transactions, computed exactly instead of simulated). Bars far apart mean the model does not describe these customers.",
    header: ["Repeat purchases", "Customers (actual)", "Customers (expected)"],
    actualSeries: "Actual",
    expectedSeries: "Expected (BG/NBD)",
    paramsTitle: (customers: number, repeatBuyers: number | null) =>
      `Fitted parameters (BG/NBD on ${customers} customers` +
      (repeatBuyers === null ? ")" : `, Gamma-Gamma on ${repeatBuyers} repeat buyers)`),
    paramsHeader: ["Parameter", "Value"],
    logLikelihood: (model: string) => `${model} log-likelihood`,
    refused: (reason: string) =>
      `BG/NBD was not fitted: ${reason}. The lifetime value is the deterministic one.`,
    gammaGammaRefused: (reason: string) => `Gamma-Gamma was not fitted: ${reason}.`,
    noSpend: "Gamma-Gamma: the purchases carry no amounts, so no expected spend.",
    churnRule: (below: string, gapKept: number) =>
      `Churn alerts: P(alive) below ${below} instead of the 2x-gap rule` +
      (gapKept > 0 ? ` (${gapKept} customers without a P(alive) keep the gap rule).` : "."),
  },
  /** Why? on a customer's P(alive) (explain/tiers/p-alive-sentence.ts). */
  why: {
    history: (purchases: number, span: string, since: string, unit: string) =>
      purchases === 1
        ? `bought once, ${since} ${unit} ago`
        : `bought ${purchases} times in ${span} ${unit}, last ${since} ${unit} ago`,
    likely: "likely still a customer",
    unsure: "may be drifting away",
    unlikely: "probably no longer a customer",
    pAlive: (history: string, verdict: string, p: string) =>
      `${cap(history)}: ${verdict} (P(alive) ${p}).`,
    oneOrder: (history: string) =>
      `${cap(history)}: P(alive) 1. BG/NBD lets a customer leave only right after a purchase, so someone who never bought again counts as still a customer; the churn alert watches them by days instead.`,
    alert: (p: string, below: string, history: string) =>
      `Churn alert: P(alive) ${p} is below ${below} (${history}).`,
    noAlert: (p: string, below: string, history: string) =>
      `No churn alert: P(alive) ${p} is not below ${below} (${history}).`,
    gapKept: "P(alive) is unknown for this customer, so the gap rule decides: ",
  },
  refusal: (r: FitRefusal): string => {
    switch (r.code) {
      case "no-purchases":
        return "the workbook has no purchases (a 交易明细 sheet with customer and date) to fit on";
      case "too-few-customers":
        return `${r.customers} customers, at least ${r.minimum} are needed`;
      case "too-few-repeat-buyers":
        return `${r.repeatBuyers} customers bought again, at least ${r.minimum} are needed`;
      case "not-converged":
        return `the likelihood did not settle after ${r.iterations} iterations`;
      case "degenerate-parameter":
        return `parameter ${r.parameter} runs off to ${r.value < 1 ? "0" : "infinity"} (${r.value.toPrecision(3)}): the data do not determine the model`;
      case "spend-frequency-correlated":
        return `spend per purchase and number of purchases are correlated (${r.correlation.toFixed(2)}, more than ${r.limit}); the model assumes they are not`;
      case "q-not-above-one":
        return `q = ${r.q.toPrecision(3)} is not above 1, so the mean spend is infinite`;
    }
  },
};

/** A sentence's first letter in capitals ("bought once" -> "Bought once"). */
function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function problemText(code: RowProblem["code"]): string {
  switch (code) {
    case "missing":
      return "empty";
    case "not-a-number":
      return "not a number";
    case "not-a-date":
      return "not a date";
    case "not-a-whole-number":
      return "not a whole number";
    case "negative":
      return "negative";
    case "recency-after-age":
      return "recency is later than T";
    case "recency-without-repeat":
      return "recency must be 0 without repeat purchases";
    case "wrong-column-count":
      return "the line does not have 4 fields";
  }
}

export type ClvText = typeof enUS;
