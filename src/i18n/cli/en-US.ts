/** Texts of the command-line face, en-US. zh-CN.ts has the same keys. */
export const enUS = {
  usage: `TierSheet: check customer files (客户档案), tier customers and score credit.

Usage:
  tiersheet validate FILE [--sheet NAME] [--template enterprise|individual|transactions|PATH.json]
                          [--as-of YYYY-MM-DD] [--json] [--lang zh-CN|en-US]
  tiersheet score FILE [--sheet NAME] [--template ...] [--settings FILE.json] [--as-of YYYY-MM-DD]
                       [--json] [--lang zh-CN|en-US]
                       [-o OUT.xlsx] [--force]
  tiersheet score FILE.csv|FILE.parquet --engine duckdb [--settings ...] [--as-of ...]
                       [-o OUT.csv|OUT.parquet] [--json] [--force]
  tiersheet refresh FILE.xlsx [--as-of YYYY-MM-DD] [--settings FILE.json] [--lang ...]
  tiersheet sample --kind enterprise|individual|transactions [--rows N] [--seed S] [--messy]
                   [--as-of YYYY-MM-DD] -o FILE.xlsx
  tiersheet sample --lesson pareto|rfm|lifecycle|credit|validation [--seed S] -o FILE.xlsx
  tiersheet fit clv FILE [--sheet NAME] [--period weeks|days] [--as-of YYYY-MM-DD] [--json]
                       [--lang zh-CN|en-US]
  tiersheet fit scorecard FILE --target COLUMN [--sheet NAME] [--holdout] [--json]
                          [-o SETTINGS.json] [--force] [--lang zh-CN|en-US]
  tiersheet sql [--settings FILE.json] [--dialect duckdb|postgres] [--source TABLE]
                [--as-of YYYY-MM-DD] [-o FILE.sql] [--force]
  tiersheet demo

Exit codes: 0 no errors, 1 errors found, 2 the input could not be read.`,
  unknownCommand: (name: string) =>
    `Unknown command "${name}". Run "tiersheet --help" for the commands.`,
  unknownOption: (name: string) => `Unknown option --${name}.`,
  optionNeedsValue: (name: string) => `Option --${name} needs a value.`,
  missingFile: "Name the file to read, e.g. tiersheet validate customers.xlsx",
  asOfFromWorkbook: (iso: string) =>
    `As of ${iso}, the date this workbook was made for (give --as-of for another date).`,
  badAsOf: (value: string) =>
    `--as-of "${value}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01.`,
  badLang: (value: string) =>
    `--lang "${value}" is not a language of TierSheet; use zh-CN or en-US.`,
  unknownTemplate: (value: string) =>
    `Template "${value}" is neither a built-in template (enterprise, individual, transactions) nor a .json file.`,
  templateFileUnreadable: (path: string, reason: string) =>
    `Cannot read the template file ${path}: ${reason}`,
  templateInvalid: (path: string) => `The template file ${path} is not a valid template:`,
  noSheets: (file: string) => `${file} holds no worksheet.`,
  sheetNotFound: (file: string, sheet: string, names: string) =>
    `${file} has no sheet named "${sheet}". Its sheets: ${names}.`,
  summaryTitle: (file: string, sheet: string, template: string) =>
    `${file} › ${sheet} (template: ${template})`,
  headerAt: (row: number, rows: number) => `Header on row ${row}; ${rows} records.`,
  noHeader: "No header row found in the first 20 rows.",
  verdictValid: "No errors.",
  verdictInvalid: "The file has errors.",
  counts: (errors: number, warnings: number, infos: number) =>
    `${errors} errors, ${warnings} warnings, ${infos} notes`,
  byCode: "By code:",
  firstFindings: (shown: number, total: number) => `First ${shown} of ${total} findings:`,
  allFindings: "Findings:",
  fixLabel: "fix",
  moreWithJson: "Use --json for the full list.",
  outputExists: (path: string) => `${path} exists already; add --force to replace it.`,
  wrote: (path: string) => `Wrote ${path}`,
  wroteInjected: (path: string, count: number) =>
    `Wrote ${path} (${count} injected defects listed)`,
  badNumber: (name: string, value: string) => `--${name} "${value}" is not a whole number.`,
  badKind: (value: string) =>
    `--kind "${value}" is not a sample kind; use enterprise, individual or transactions.`,
  needOutput: "Name the output file with -o FILE.xlsx.",
  settingsUnreadable: (path: string, reason: string) =>
    `Cannot read the settings file ${path}: ${reason}`,
  settingsInvalid: (path: string) =>
    `The settings file ${path} cannot be used; nothing was scored:`,
  outputNotYet: "Writing the scored workbook (-o) is not available yet; use --json or the summary.",
  scoreTitle: (file: string, sheet: string, customers: number) =>
    `${file} › ${sheet}: ${customers} customers scored`,
  validationLine: (errors: number, warnings: number) =>
    `Validation: ${errors} errors, ${warnings} warnings (run "tiersheet validate" for the list).`,
  valueMeasureLine: (measure: string) => `Value measure: ${measure}`,
  abcHeading: "ABC (Pareto):",
  abcLine: (tier: string, count: number, share: string) =>
    `  ${tier}: ${count} customers, ${share} of value`,
  pyramidHeading: "Customer pyramid:",
  segmentsHeading: "RFM segments:",
  lifecycleHeading: "Lifecycle:",
  churnLine: (count: number) => `Churn alerts: ${count} customers to call`,
  churnLinePAlive: (count: number, below: string) =>
    `Churn alerts (P(alive) below ${below}): ${count} customers to call`,
  creditHeading: "Credit grades:",
  warningsHeading: "Warnings:",
  badLesson: (value: string) =>
    `--lesson "${value}" is not a lesson; use pareto, rfm, lifecycle, credit or validation.`,
  outputIsInput: (path: string) =>
    `${path} is the input file; TierSheet never overwrites it. Use "tiersheet refresh" to update it in place (it keeps a .bak copy).`,
  refreshNeedsXlsx: (file: string) =>
    `${file} is not an .xlsx workbook; refresh updates a workbook in place. Score it into one first: tiersheet score ${file} -o NAME.xlsx`,
  refreshed: (file: string, backup: string) =>
    `Refreshed ${file}; the previous version is kept as ${backup}`,
  fitUsage: (model: string | null) =>
    (model === null ? "Name the model to fit." : `"${model}" is not a model TierSheet fits.`) +
    `\nUsage:\n  tiersheet fit clv FILE [--sheet NAME] [--period weeks|days] [--as-of YYYY-MM-DD] [--json]\n  tiersheet fit scorecard FILE --target COLUMN [--sheet NAME] [--holdout] [--json] [-o SETTINGS.json]`,
  badDialect: (value: string) =>
    `--dialect "${value}" is not a SQL dialect TierSheet compiles for; use duckdb or postgres.`,
  sqlNotCompiled: "The model could not be compiled to SQL:",
  sqlTakesNoFile: (value: string) =>
    `"tiersheet sql" reads no file ("${value}"): it compiles the settings; name them with --settings FILE.json.`,
  engineUnknown: (value: string) =>
    `--engine "${value}" is not an engine of TierSheet; use typescript (the default) or duckdb.`,
  duckdbInputKind: (file: string) =>
    `${file}: --engine duckdb reads .csv or .parquet files; score a workbook with the default engine.`,
  duckdbMissing: (file: string) => `${file} does not exist.`,
  duckdbOutputKind: (file: string) =>
    `${file}: with --engine duckdb, -o writes .csv or .parquet (or use --json).`,
  duckdbNeedsOutput:
    "With --engine duckdb, name where the results go: -o FILE.csv|FILE.parquet, or --json.",
  duckdbNoCustomerId: (file: string) =>
    `${file} has no customer_id column (by id, title or alias); nothing to score.`,
  duckdbFailed: (reason: string) => `DuckDB could not score the file: ${reason}`,
  duckdbDone: (customers: number, seconds: string) =>
    `DuckDB: ${customers} customers scored in ${seconds} s.`,
  internalError: (detail: string) =>
    `TierSheet hit an internal error and stopped without writing anything: ${detail}. Please report it.`,
};

export type CliText = typeof enUS;
