import { fitLastRow } from "./fit-last-row";
import type { PlanSheet } from "./workbook-plan";

/** A Credit-like sheet: a note on row 1, the table's header on row 3, one row per customer. */
function noteAbove(customers: number): PlanSheet {
  return {
    key: "credit",
    name: "Credit",
    tables: [
      {
        name: "credit_customers",
        row: 3,
        column: 1,
        header: ["ID", "Light"],
        rows: Array.from({ length: customers }, (_, i) => [`C${i}`, "green"]),
        formats: [null, null],
        styledHeader: true,
        autoFilter: true,
      },
    ],
    cells: [{ row: 1, column: 1, value: "No financial fields", style: "note" }],
    charts: [],
    conditionalFormats: [
      { kind: "text-fill", range: `B4:B${3 + customers}`, text: "g", fill: "#fff", font: "#000" },
    ],
    columnWidths: [],
    freeze: { rows: 3, columns: 2 },
    print: { paper: "A4", orientation: "landscape", fitToWidth: false, titleRows: "1:3" },
  };
}

describe("fitLastRow", () => {
  it("gives a sheet that fits back as it is", () => {
    const sheet = noteAbove(10);
    expect(fitLastRow(sheet, "en-US", 100)).toBe(sheet);
  });

  it("moves the table up and its note beside the header when the note row would push customers past the last row", () => {
    // 99 customers under a header on row 3 end on row 102; Excel's last row here is 100.
    const fitted = fitLastRow(noteAbove(99), "en-US", 100);
    expect([fitted.tables[0].row, fitted.tables[0].rows.length]).toEqual([1, 99]);
    expect(fitted.cells).toEqual([
      { row: 1, column: 4, value: "No financial fields", style: "note" },
    ]);
    expect(fitted.conditionalFormats[0].range).toBe("B2:B100");
    expect([fitted.freeze, fitted.print?.titleRows]).toEqual([{ rows: 1, columns: 2 }, "1:1"]);
  });

  it("cuts at the last row, saying so in both languages, what no move can fit", () => {
    const en = fitLastRow(noteAbove(120), "en-US", 100);
    expect([en.tables[0].row, en.tables[0].rows.length]).toEqual([1, 99]);
    expect(en.cells[1]).toMatchObject({ row: 2, column: 4 });
    expect(en.cells[1].value).toMatch(/Excel's last row: 99 of 120 rows shown/);
    expect(fitLastRow(noteAbove(120), "zh-CN", 100).cells[1].value).toMatch(
      /显示 120 行中的 99 行/
    );
    expect(en.conditionalFormats[0].range).toBe("B2:B100");
  });
});
