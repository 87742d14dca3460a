/** The statistical scorecard's texts (fit report, verdicts), in English; keys as zh-CN.ts. */
export const enUS = {
  needTarget:
    "Name the outcome column with --target, e.g. tiersheet fit scorecard applicants.csv --target creditability (its cells 0/1, good/bad or 好/坏; bad = default = 1).",
  title: (file: string, sheet: string, target: string) =>
    `${file} › ${sheet}: statistical scorecard for outcome "${target}"`,
  fittedOn: (rows: number, goods: number, bads: number, holdout: boolean) =>
    `Fitted on ${rows} rows (${goods} good, ${bads} bad)${holdout ? "; rows 0, 1, 2 mod 10 held out" : ""}.`,
  variablesByIv: "Variables by information value (IV):",
  binHeader: "bin | good | bad | bad rate | WOE | points",
  verdict: {
    kept: () => "kept",
    strong: () => "kept; IV above 0.5 is suspiciously strong (possible leakage)",
    "low-iv": (iv: string) => `left out: IV ${iv} is below 0.02`,
    sign: (coefficient: string) =>
      `dropped by the sign rule: its coefficient ${coefficient} <= 0 contradicts its WOE (usually collinearity)`,
    identifier: () =>
      "left out: an identifier (customer id or name, or text that differs on every row)",
  },
  model: (intercept: string, base: string) => `Model: intercept ${intercept}; base points ${base}.`,
  droppedNone: "No variable dropped by the sign rule.",
  quality: (ks: string, auc: string, gini: string) =>
    `Quality (rows fitted): KS ${ks}, AUC ${auc}, Gini ${gini}.`,
  holdoutQuality: (rows: number, ks: string, auc: string, gini: string) =>
    `Holdout (${rows} rows): KS ${ks}, AUC ${auc}, Gini ${gini}.`,
  deciles: "Bad rate by score decile (lowest scores first):",
  decile: (d: number, from: string, to: string, rate: string) =>
    `  ${d}. ${from} – ${to}: ${rate} bad`,
  wroteSettings: (file: string) =>
    `Wrote ${file} (credit.method "statistical"): score files with these columns by tiersheet score FILE --settings ${file}`,
  sheet: {
    name: "TierSheet Scorecard",
    title: (target: string, sheet: string) =>
      `Statistical scorecard: outcome "${target}" of sheet "${sheet}"`,
    fitted: (rows: number, goods: number, bads: number) =>
      `Fitted on ${rows} rows (${goods} good, ${bads} bad); score = base points + the points of each variable's bin.`,
    labels: ["KS", "AUC", "Gini", "Base points", "Holdout KS", "Holdout AUC"],
    variablesHeader: ["Variable", "IV", "In model", "Why", "Coefficient"],
    binsHeader: ["Variable", "Bin", "Good", "Bad", "Bad rate", "WOE", "Points"],
    decilesHeader: ["Score decile", "From", "To", "Rows", "Bad", "Bad rate"],
    yes: "yes",
    no: "no",
    decileChart: "Bad rate by score decile",
    badRate: "Bad rate",
    ksHeader: ["Score cut-off", "Share of bads at or below", "Share of goods at or below", "Gap"],
    ksChart: (ks: string) => `KS curve (KS ${ks})`,
  },
};

export type ScorecardText = typeof enUS;
