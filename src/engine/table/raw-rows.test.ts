import {
  rawCell,
  rawRowHasher,
  rawRowsFrom,
  rawWidth,
  rawWidths,
  type RawRowReader,
} from "./raw-rows";

function reader(rows: string[][]): RawRowReader & { built: number } {
  return {
    built: 0,
    size: rows.length,
    row(i) {
      this.built++;
      return [...rows[i]];
    },
    cell: (i, j) => rows[i][j] ?? null,
    width: (i) => rows[i].length,
    hash: (i) => rows[i].join("|").length,
  };
}

describe("raw rows", () => {
  const rows = [["a", "b"], ["c"]];

  it("reads a cell, a width and a hash without building a row", () => {
    const r = reader(rows);
    const raw = rawRowsFrom(r);
    expect([rawCell(raw, 0, 1), rawCell(raw, 1, 5), rawWidth(raw, 1)]).toEqual(["b", null, 1]);
    expect(Array.from(rawWidths(raw, 2))).toEqual([2, 1]);
    expect(rawRowHasher(raw)!(0)).toBe(3);
    expect(r.built).toBe(0);
  });

  it("looks like a read-only array of rows to code written for arrays", () => {
    const r = reader(rows);
    const raw = rawRowsFrom(r);
    expect(raw.length).toBe(2);
    expect(raw[1]).toEqual(["c"]);
    expect(raw[2]).toBeUndefined();
    expect(Array.isArray(raw)).toBe(true);
    expect(Array.from(raw)).toEqual(rows);
    expect(raw.map((row) => row.length)).toEqual([2, 1]);
    expect(1 in raw).toBe(true);
    expect(() => {
      (raw as unknown as string[][])[0] = ["x"];
    }).toThrow(TypeError);
  });

  it("serves a workbook's arrays as they are", () => {
    expect([rawCell(rows, 0, 0), rawCell(rows, 1, 3), rawWidth(rows, 0)]).toEqual(["a", null, 2]);
    expect(Array.from(rawWidths(rows, 2))).toEqual([2, 1]);
    expect(rawRowHasher(rows)).toBeNull();
  });
});
