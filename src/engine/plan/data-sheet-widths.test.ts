import { rowList } from "./plan-rows";
import { dayFromIso } from "../day";
import { makeSample, type SampleKind } from "../sample/make-sample";
import { scoreWorkbook } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import type { Lang } from "../../i18n/lang";
import { buildCreditSheet } from "./build-credit-sheet";
import { buildTiersSheet } from "./build-tiers-sheet";
import { shownText } from "./fit-column-widths";
import { textWidth } from "./text-width";
import type { PlanSheet } from "./workbook-plan";

const asOf = dayFromIso("2026-11-01")!;

/**
 * Issue 16, done when: no header or reason of Tiers/Credit is cut and no cell shows ###. A column
 * shows a header whole when it is as wide as the header and its filter arrow, and a value whole
 * when it is wider than the value's shown text (CJK counted double).
 */
function expectEverythingFits(sheet: PlanSheet): void {
  const table = sheet.tables[0];
  const width = (c: number) => sheet.columnWidths[table.column - 1 + c];
  table.header.forEach((h, c) => expect([h, width(c)]).toEqual([h, expect.any(Number)]));
  table.header.forEach((h, c) => {
    if (width(c) < textWidth(h) + 3) throw new Error(`header "${h}" is cut: width ${width(c)}`);
  });
  for (const row of rowList(table.rows)) {
    row.forEach((value, c) => {
      if (value === null) return;
      const shown = shownText(value, table.formats[c]);
      if (width(c) <= textWidth(shown))
        throw new Error(`"${shown}" under "${table.header[c]}" does not fit width ${width(c)}`);
    });
  }
}

describe("Tiers and Credit column widths", () => {
  const cases: [SampleKind, number][] = [
    ["enterprise", 11],
    ["enterprise", 16],
    ["transactions", 4],
    ["individual", 7],
  ];
  for (const [kind, seed] of cases) {
    for (const lang of ["en-US", "zh-CN"] as Lang[]) {
      it(`show every header, reason and check whole (${kind}, seed ${seed}, ${lang})`, () => {
        const { workbook } = makeSample({ kind, rows: 1500, seed, asOf });
        const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
        expectEverythingFits(buildTiersSheet(run, lang));
        const credit = buildCreditSheet(run, lang);
        expectEverythingFits(credit);
        // The sentences are there to be read: the longest check reason is past the old cap of 80.
        if (kind === "enterprise" && lang === "en-US") {
          const last = credit.tables[0].header.length - 1;
          const longest = Math.max(
            ...rowList(credit.tables[0].rows).map((r) => textWidth(String(r[last] ?? "")))
          );
          expect(longest).toBeGreaterThan(80);
        }
      });
    }
  }
});

describe("Tiers and Credit print with the grid", () => {
  it("prints landscape at actual size with the header on every page and the grid between cells", () => {
    const { workbook } = makeSample({ kind: "enterprise", rows: 50, seed: 1, asOf });
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    expect(buildTiersSheet(run, "en-US").print).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: false,
      titleRows: "1:1",
      titleColumns: "A:B",
      gridLines: true,
    });
    expect(buildCreditSheet(run, "en-US").print).toMatchObject({
      titleRows: "1:1",
      titleColumns: "A:A",
      gridLines: true,
    });
  });
});
