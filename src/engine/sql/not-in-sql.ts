/**
 * What the compiled script does not do, each with the reason, printed at the top of every script
 * so that nothing the engine computes is dropped without saying so (issue 19).
 */
export const NOT_IN_SQL: readonly string[] = [
  "Natural breaks (domain.md §4): ckmeans is an optimal 1-D clustering (dynamic programming), not a window function; the script has no break class.",
  "Validation (domain.md §3) and completeness (§2), fuzzy duplicates included: run `tiersheet validate` on the files, or check the table before scoring.",
  "The generous text readers (domain.md §2, §8): headers by title or alias, 万, Excel serial dates, phone and email forms, Chinese or English names of enums. The table must hold typed columns named by field id (numbers, DATE or ISO dates, text).",
  "Transactions (domain.md §2): aggregate a transactions table to one row per customer first (orders = count, first/last purchase = min/max date, sales = sum of amount, gross profit = sum of profit).",
  "Customer mix, summary counts and warnings (domain.md §4): GROUP BY over the script's output.",
  "Fuzzy comprehensive evaluation and AHP or expert weights (domain.md §5): the script uses the scorecard's weights as the settings give them.",
  "Fitted models: a statistical scorecard (domain.md §5) and predictive CLV (BG/NBD with Gamma-Gamma, §4) are fitted on the data, not compiled from settings; the script gives the deterministic CLV only.",
  "Sentences (explain/): reasons are given as indicator ids, not as sentences with their values.",
  "Input order as the last tie-break between repeated customer_ids of equal value: a table has no row order, so customer_id must be unique.",
  "Number edges: values beyond BIGINT cents (about 9.2e16) stop the script with an overflow error; where the engine turns an overflow to Infinity into no data, DuckDB gives Infinity and PostgreSQL stops with an error; category labels are matched after SQL's trim (spaces only) and lower(), where the engine trims all white space and lower-cases all of Unicode.",
];
