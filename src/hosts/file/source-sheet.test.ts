import type { RowSource } from "../../engine/table/row-source";
import { sourceSheet } from "./source-sheet";

function countingSource(rows: string[][]): RowSource & { builds: number } {
  return {
    builds: 0,
    head: (count) => rows.slice(0, count),
    maxRows: () => rows.length,
    cursor: () => {
      throw new Error("not used");
    },
    rows() {
      this.builds++;
      return rows.map((r) => [...r]);
    },
  };
}

describe("sourceSheet", () => {
  it("builds the rows only when read, once, and keeps the source for the engine", () => {
    const source = countingSource([["x"]]);
    const sheet = sourceSheet({ name: "a", ragged: true }, source);
    expect(source.builds).toBe(0);
    expect(sheet.source).toBe(source);
    expect(sheet.rows).toEqual([["x"]]);
    expect(sheet.rows).toBe(sheet.rows);
    expect(source.builds).toBe(1);
  });

  it("takes rows set in their place, and compares and copies as a plain sheet", () => {
    const sheet = sourceSheet({ name: "a" }, countingSource([["built"]]));
    sheet.rows = [["set"]];
    expect(sheet.rows).toEqual([["set"]]);
    const copy = { ...sourceSheet({ name: "b" }, countingSource([["y"]])) };
    expect(copy).toEqual({ name: "b", rows: [["y"]] });
    expect(copy.source).toBeUndefined();
  });
});
