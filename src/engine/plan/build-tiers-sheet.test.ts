import { dayFromIso } from "../day";
import { makeSample } from "../sample/make-sample";
import { scoreWorkbook } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import { buildTiersSheet } from "./build-tiers-sheet";
import { textWidth } from "./text-width";

const asOf = dayFromIso("2026-11-01")!;

describe("buildTiersSheet column widths", () => {
  it.each(["en-US", "zh-CN"] as const)('no %s header is cut ("Loss-ma", "Natural c")', (lang) => {
    const { workbook } = makeSample({ kind: "enterprise", rows: 60, seed: 3, asOf });
    const sheet = buildTiersSheet(
      scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!,
      lang
    );
    const table = sheet.tables[0];
    expect(sheet.columnWidths).toHaveLength(table.header.length);
    table.header.forEach((h, c) => {
      expect([h, sheet.columnWidths[c] >= textWidth(h) + 3]).toEqual([h, true]);
    });
  });
});
