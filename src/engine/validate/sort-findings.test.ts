import fc from "fast-check";
import { compareColumns } from "./column-letter";
import type { Finding } from "./finding";
import { makeFinding } from "./make-finding";
import { sortFindings } from "./sort-findings";

describe("sortFindings", () => {
  it("orders by row (none first), then column (none first, Z before AA), keeping ties in order", () => {
    const at = (
      row: number | null,
      column: string | null,
      code: "blank-row" | "extra-cell" | "type-error" = "type-error"
    ) => makeFinding(code, { row, column, field: null });
    const input = [
      at(3, "B"),
      at(2, "AA"),
      at(2, "Z"),
      at(null, null),
      at(2, null, "blank-row"),
      at(3, "B", "extra-cell"),
      at(1, "C"),
    ];
    expect(sortFindings(input).map((f) => [f.row, f.column, f.code])).toEqual([
      [null, null, "type-error"],
      [1, "C", "type-error"],
      [2, null, "blank-row"],
      [2, "Z", "type-error"],
      [2, "AA", "type-error"],
      [3, "B", "type-error"],
      [3, "B", "extra-cell"],
    ]);
  });

  it("gives the order of comparing the findings pairwise", () => {
    // The plain form: a stable sort comparing rows, then columns.
    const plain = (findings: Finding[]) =>
      findings
        .map((f, i) => ({ f, i }))
        .sort(
          (a, b) =>
            (a.f.row ?? 0) - (b.f.row ?? 0) ||
            (a.f.row === null ? 0 : 1) - (b.f.row === null ? 0 : 1) ||
            (a.f.column === null ? 0 : 1) - (b.f.column === null ? 0 : 1) ||
            compareColumns(a.f.column ?? "", b.f.column ?? "") ||
            a.i - b.i
        )
        .map(({ f }) => f);
    const place = fc.record({
      row: fc.option(fc.integer({ min: 0, max: 30 })),
      column: fc.option(fc.constantFrom("A", "B", "Z", "AA", "AB", "BA", "ZZ", "AAA")),
    });
    fc.assert(
      fc.property(fc.array(place, { maxLength: 40 }), (places) => {
        const findings = places.map((p) => makeFinding("type-error", { ...p, field: null }));
        const sorted = sortFindings(findings);
        const expected = plain(findings);
        expect(sorted.every((f, i) => f === expected[i])).toBe(true);
      }),
      { numRuns: 500 }
    );
  });
});
