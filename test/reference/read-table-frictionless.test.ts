import { recordsOf } from "../../src/engine/table/records.test-helper";
import { readFileSync } from "fs";
import { referenceFile } from "../support/reference-data";
import type { CellValue } from "../../src/engine/table/cell";
import { readTable } from "../../src/engine/table/read-table";
import { testField, testTemplate } from "../../src/engine/table/test-template";

// frictionless-py's invalid.csv: blank and duplicate header labels, short and long rows, a blank row.
const file = referenceFile("frictionless_invalid.csv");
const present = file !== null;

// The file has no quoted fields, so a plain split reads it the way a CSV host would.
function csvRows(text: string): CellValue[][] {
  return text
    .replace(/\r?\n$/, "")
    .split(/\r?\n/)
    .map((line) => (line === "" ? [] : line.split(",")));
}

(present ? describe : describe.skip)("readTable on frictionless_invalid.csv", () => {
  const sheet = {
    name: "invalid",
    rows: present ? csvRows(readFileSync(file!, "utf8")) : [],
    ragged: true,
  };
  const table = readTable(sheet, testTemplate([testField("id", "integer"), testField("name")]));

  it("finds the header in row 1 with a blank label at column 3 and a duplicate at column 4", () => {
    expect(table.headerRow).toBe(1);
    expect(table.columns.map((c) => [c.letter, c.label, c.field, c.duplicateOf])).toEqual([
      ["A", "id", "id", undefined],
      ["B", "name", "name", undefined],
      ["C", "", null, undefined],
      ["D", "name", "name", 1],
    ]);
  });

  it("keeps rows 2-5 with row 4 blank, and marks the table ragged", () => {
    expect(table.ragged).toBe(true);
    expect(recordsOf(table).map((r) => [r.row, r.raw.length])).toEqual([
      [2, 2],
      [3, 2],
      [5, 5],
    ]);
    expect(table.blankRows).toEqual([4]);
    expect(recordsOf(table)[0].cells).toEqual({
      id: { raw: "1", status: "ok", value: 1 },
      name: { raw: "english", status: "ok", value: "english" },
    });
  });
});
