/**
 * What the product must do with each file in test/fixtures/bad/ (made by scripts/make-bad-fixtures.js).
 * docs/bad-inputs.md describes the same files for people; bad-inputs-doc.test.ts keeps the two in step.
 */
export type Expectation =
  | { outcome: "refused"; message: RegExp }
  | {
      outcome: "read";
      /** validate's verdict: true = no error findings (exit 0), false = errors (exit 1). */
      valid: boolean;
      /** Distinct finding codes of `validate`, sorted. */
      codes: string[];
      /** customer_id of every scored customer, in row order; null when `score` refuses the table. */
      ids: string[] | null;
    };

const refused = (message: RegExp): Expectation => ({ outcome: "refused", message });
const read = (valid: boolean, codes: string[], ids: string[] | null): Expectation => ({
  outcome: "read",
  valid,
  codes,
  ids,
});
const TWO = ["C001", "C002"];

export const BAD_INPUTS: Record<string, Expectation> = {
  "all-ids-missing.csv": read(false, ["missing-cell"], []),
  "all-loss-makers.csv": read(true, [], ["C001", "C002", "C003"]),
  "blank-headers.csv": read(false, ["blank-label"], TWO),
  "blank-rows-inside-and-after.xlsx": read(true, ["blank-row"], TWO),
  "booleans-rich-text-hyperlinks.xlsx": read(false, ["type-error"], TWO),
  "broken-sheet-xml.xlsx": refused(
    /\(sheet "客户档案"\) is damaged and cannot be read: the part xl\/worksheets\/sheet1.xml: it is not well-formed XML/
  ),
  "cell-32767-characters.xlsx": read(true, [], TWO),
  "corrupt-flipped-bytes.xlsx": refused(
    /is damaged and cannot be read: the part \[Content_Types\].xml: its checksum does not match/
  ),
  "corrupt-truncated-zip.xlsx": refused(
    /is damaged and cannot be read: the zip archive is damaged/
  ),
  "cr-only-line-ends.csv": read(true, [], TWO),
  "customers-and-unknown-transactions.xlsx": read(true, [], TWO),
  "dates-after-9999.csv": read(false, ["format-fix", "future-date", "type-error"], TWO),
  "dates-before-1900.csv": read(false, ["format-fix", "type-error"], ["C001", "C002", "C003"]),
  "dates-before-1900.xlsx": read(false, ["type-error"], TWO),
  "duplicate-headers.xlsx": read(false, ["duplicate-label"], TWO),
  "duplicate-rows-and-ids.csv": read(
    false,
    ["duplicate-row", "unique-error"],
    ["C001", "C001", "C001"]
  ),
  "emoji-and-mixed-scripts.xlsx": read(true, [], ["C😀1", "C002"]),
  "excel-error-values.xlsx": read(
    false,
    ["formula-error"],
    ["C002", "C003", "C004", "C005", "C006", "C007"]
  ),
  "excel-table-object.xlsx": read(true, [], TWO),
  "filtered-table.xlsx": read(true, [], ["C001", "C002", "C003", "C004"]),
  "formula-injection-names.csv": read(
    true,
    ["format-fix", "fuzzy-duplicate"],
    ["C001", "C002", "C003", "C004", "C005", "C006"]
  ),
  "formula-injection-names.xlsx": read(true, [], ["C001", "C002", "C003", "C004"]),
  "formulas-with-cached-values.xlsx": read(true, [], TWO),
  "formulas-without-cache.xlsx": read(false, ["missing-cell"], ["C001"]),
  "gb18030.csv": read(true, [], TWO),
  "hand-written-inline-strings.xlsx": read(true, [], TWO),
  "header-on-row-20.xlsx": read(true, [], ["C001"]),
  "header-on-row-21.xlsx": read(false, ["header-not-found"], null),
  "header-zero-width-and-nbsp.csv": read(true, [], ["C001"]),
  "hidden-rows-and-columns.xlsx": read(true, [], ["C001", "C002", "C003"]),
  "huge-and-tiny-numbers.csv": read(true, ["format-fix"], ["C001", "C002", "C003"]),
  "leading-zero-ids.csv": read(true, [], ["00123", "123", "0000"]),
  "leading-zero-ids.xlsx": read(true, [], ["00123", "0123", "123"]),
  "macro-named.xlsm": read(true, [], TWO),
  "merged-cells-in-data.xlsx": read(false, ["missing-cell"], ["C001", "C002", "C003", "C004"]),
  "negative-zero-and-nan-text.csv": read(
    false,
    ["constraint-error", "type-error"],
    ["C001", "C002", "C003", "C004", "C005"]
  ),
  "no-customers-header-only.csv": read(true, [], []),
  "no-customers-header-only.xlsx": read(true, [], []),
  "no-header-only-title.xlsx": read(false, ["header-not-found"], null),
  "numeric-ids.xlsx": read(
    true,
    [],
    ["1000000000000000000000", "123.5", "0", "12345678901234567000"]
  ),
  "old-binary.xls": refused(/is in the old \.xls format, which is not supported/),
  "one-customer.csv": read(true, [], ["C001"]),
  "one-customer.xlsx": read(true, [], ["C007"]),
  "only-hidden-sheets.xlsx": read(true, [], ["C001"]),
  "password-protected.xlsx": refused(/is password-protected or in the old \.xls format/),
  "pdf-named-xlsx.xlsx": refused(/is not an Excel workbook \(\.xlsx\)/),
  "png-named-csv.csv": refused(/cannot be read: binary content, not text/),
  "ragged-rows.csv": read(false, ["extra-cell", "missing-cell"], TWO),
  "semicolon-decimal-comma.csv": read(false, ["type-error"], TWO),
  "text-named-xlsx.xlsx": refused(/is not an Excel workbook \(\.xlsx\)/),
  "transactions-only.xlsx": read(true, ["format-fix"], TWO),
  "unbalanced-quotes.csv": read(false, ["format-fix", "missing-cell"], ["C001"]),
  "unknown-extension.pdf": refused(/\(\.pdf\) is not supported/),
  "utf16be-bom.csv": read(true, [], TWO),
  "utf16le-bom.csv": read(true, [], TWO),
  "utf16le-tab.txt": read(true, [], TWO),
  "utf8-bom.csv": read(true, [], TWO),
  "whitespace-only.csv": read(false, ["header-not-found"], null),
  "zero-bytes.csv": refused(/is empty \(0 bytes\)/),
  "zero-bytes.xlsx": refused(/is empty \(0 bytes\)/),
  "zip-not-workbook.xlsx": refused(/is not an Excel workbook \(\.xlsx\)/),
};
