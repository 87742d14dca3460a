import { fitColumnWidths, shownText } from "./fit-column-widths";
import { FORMATS, type PlanTable } from "./workbook-plan";

function table(partial: Partial<PlanTable>): PlanTable {
  return {
    name: "t",
    row: 1,
    column: 1,
    header: [],
    rows: [],
    formats: [],
    styledHeader: false,
    autoFilter: false,
    ...partial,
  };
}

describe("shownText", () => {
  it("writes numbers as their format shows them", () => {
    expect(shownText(-5_000_000, FORMATS.money)).toBe("-5,000,000.00");
    expect(shownText(104037.81, FORMATS.money)).toBe("104,037.81");
    expect(shownText(51234, FORMATS.count)).toBe("51,234");
    expect(shownText(1.248, FORMATS.percent)).toBe("124.8%");
    expect(shownText(7.25, FORMATS.score)).toBe("7.3");
    expect(shownText(46000, FORMATS.date)).toBe("yyyy-mm-dd");
    expect(shownText(null, FORMATS.text)).toBe("");
    expect(shownText("Champions", FORMATS.text)).toBe("Champions");
  });
});

describe("fitColumnWidths", () => {
  it("fits the header with its filter arrow and the longest value, CJK counted double", () => {
    const widths = fitColumnWidths([
      table({
        header: ["Loss-making", "客户名称", "Value"],
        rows: [
          ["yes", "广州锦程环保科技商行", 12.5],
          ["no", "A", 104037.81],
        ],
        formats: [FORMATS.text, FORMATS.text, FORMATS.money],
        styledHeader: true,
        autoFilter: true,
      }),
    ]);
    // "Loss-making" 11 + 3 for the arrow; the name, 10 CJK characters, 20 + 1; "104,037.81" 10 + 1.
    expect(widths).toEqual([14, 21, 11]);
  });

  it("takes the widest of several tables per column, keeps a minimum and caps very long text", () => {
    const widths = fitColumnWidths([
      table({ header: ["A"], rows: [["x"]], formats: [FORMATS.text] }),
      table({ column: 2, header: ["B"], rows: [["y".repeat(200)]], formats: [FORMATS.text] }),
      table({ row: 10, header: ["C"], rows: [[1234567]], formats: [FORMATS.count] }),
    ]);
    expect(widths).toEqual([10, 120]);
  });
});

describe("fitColumnWidths on many rows", () => {
  it("gives what formatting every value gives, formatting only each column's extremes", () => {
    const formats = [FORMATS.money, FORMATS.percent, FORMATS.count, null, FORMATS.text, null];
    const rows = Array.from({ length: 2_000 }, (_, i) => [
      ((i * 7919) % 100_003) * (i % 3 === 0 ? -1.37 : 13.1),
      (i % 17) / 7,
      i * i,
      i % 5 === 0 ? 0.1 + 0.2 : i / 3,
      i % 11 === 0 ? "广州锦程环保科技商行" : `name ${i}`,
      // Past the cap from the first row on.
      "评".repeat(70 + (i % 9)),
    ]);
    const fitted = fitColumnWidths([
      table({ header: ["a", "b", "c", "d", "e", "f"], rows, formats }),
    ]);
    const naive = formats.map((format, c) =>
      Math.max(
        6,
        Math.min(120, 2),
        ...rows.map((row) => {
          const shown = shownText(row[c], format);
          return Math.min(
            120,
            (typeof row[c] === "number"
              ? shown.length
              : [...shown].reduce((n, ch) => n + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0)) + 1
          );
        })
      )
    );
    expect(fitted).toEqual(naive);
  });
});
