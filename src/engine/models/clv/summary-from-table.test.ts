import { readTable } from "../../table/read-table";
import { CLV_SUMMARY_TEMPLATE } from "../../template/clv-summary";
import { isSummaryTable, summaryFromTable } from "./summary-from-table";

const read = (rows: (string | number | null)[][]) =>
  readTable({ name: "摘要", rows, ragged: true }, CLV_SUMMARY_TEMPLATE);

describe("summaryFromTable", () => {
  it("reads lifetimes' columns (frequency, recency, T, monetary_value) with the ids", () => {
    const table = read([
      ["ID", "frequency", "recency", "T", "monetary_value"],
      ["1", "2", "30.43", "38.86", "22.35"],
      ["2", "0", "0", "38.86", "0"],
    ]);
    expect(isSummaryTable(table)).toBe(true);
    const r = summaryFromTable(table);
    expect(r.problems).toEqual([]);
    expect(r.ids).toEqual(["1", "2"]);
    expect(Array.from(r.summary.x)).toEqual([2, 0]);
    expect(Array.from(r.summary.tx)).toEqual([30.43, 0]);
    expect(Array.from(r.summary.T)).toEqual([38.86, 38.86]);
    expect(Array.from(r.summary.spend!)).toEqual([22.35, 0]);
  });

  it("reads Fader & Hardie's (x, t_x, T, zbar), and no spend without its column", () => {
    const withSpend = summaryFromTable(
      read([
        ["x", "t_x", "T", "zbar"],
        [1, 2, 3, 4],
      ])
    );
    expect(Array.from(withSpend.summary.spend!)).toEqual([4]);
    // Without an id column, a customer is named by its row.
    expect(withSpend.ids).toEqual(["2"]);
    const without = summaryFromTable(
      read([
        ["x", "t_x", "T"],
        [1, 2, 3],
      ])
    );
    expect(without.summary.spend).toBeNull();
  });

  it("names each unusable row by row, column and reason, and leaves it out", () => {
    const r = summaryFromTable(
      read([
        ["ID", "frequency", "recency", "T"],
        ["a", "1.5", "2", "3"],
        ["b", "2", "5", "3"],
        ["c", "0", "1", "3"],
        ["d", "two", "1", "3"],
        ["e", "1", null, "3"],
        ["f", "-1", "0", "3"],
        ["g", "1", "1", "3"],
      ])
    );
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "B", "not-a-whole-number"],
      [3, "C", "recency-after-age"],
      [4, "C", "recency-without-repeat"],
      [5, "B", "not-a-number"],
      [6, "C", "missing"],
      [7, "B", "negative"],
    ]);
    expect(r.ids).toEqual(["g"]);
  });

  it("is not a summary without recency or T", () => {
    expect(
      isSummaryTable(
        read([
          ["ID", "frequency", "amount"],
          [1, 2, 3],
        ])
      )
    ).toBe(false);
  });
});
