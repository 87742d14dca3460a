import fc from "fast-check";
import type { CellValue } from "../../table/cell";
import { fitScorecard } from "./fit-scorecard";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom("a", "b", "c", " ", "1,234", "1.2万", "n/a"),
  fc.integer({ min: -5, max: 5 }),
  fc.double(),
  fc.boolean(),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!") })
);
const outcome: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom(0, 1, "good", "bad", "好", "坏") },
  { weight: 1, arbitrary: fc.constantFrom(null, "", "maybe", 2) }
);

describe("fitScorecard on any sheet", () => {
  it("never throws, and every result is a fit or a problem in both languages", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.tuple(fc.array(cell, { maxLength: 4 }), outcome), { maxLength: 80 }),
        fc.boolean(),
        (variables, body, holdout) => {
          const titles = Array.from({ length: variables }, (_, i) => `v${i}`);
          const rows: CellValue[][] = [[...titles, "outcome"]];
          for (const [cells, target] of body) {
            const row = titles.map((_, i) => cells[i] ?? null);
            rows.push([...row, target]);
          }
          const result = fitScorecard({ name: "S", rows }, { target: "outcome", holdout });
          if (result.ok) {
            for (const c of result.fit.customers) expect(Number.isFinite(c.score)).toBe(true);
          } else {
            expect(result.problem.message["zh-CN"]).not.toBe("");
            expect(result.problem.message["en-US"]).not.toBe("");
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
