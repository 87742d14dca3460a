import type { AbcClass } from "../../engine/models/tiers/abc";
import { migration } from "./migration";

const snap = (pairs: [string, AbcClass | null][]) => new Map(pairs);

describe("migration", () => {
  it("counts stayers, movers, new and gone customers", () => {
    const m = migration(
      snap([
        ["1", "A"],
        ["2", "B"],
        ["3", "C"],
        ["4", "A"],
        ["5", "C"],
      ]),
      snap([
        ["1", "A"],
        ["2", "A"],
        ["3", "B"],
        ["4", "C"],
        ["6", "B"],
      ])
    );
    expect(m.counts.A).toEqual({ A: 1, B: 0, C: 1, gone: 0 });
    expect(m.counts.B).toEqual({ A: 1, B: 0, C: 0, gone: 0 });
    expect(m.counts.C).toEqual({ A: 0, B: 1, C: 0, gone: 1 });
    expect(m.counts.new).toEqual({ A: 0, B: 1, C: 0, gone: 0 });
    expect(m.movers).toEqual([
      { customerId: "2", before: "B", now: "A", direction: "up" },
      { customerId: "3", before: "C", now: "B", direction: "up" },
      { customerId: "4", before: "A", now: "C", direction: "down" },
    ]);
  });

  it("treats a customer who became unranked as gone and one who became ranked as new", () => {
    const m = migration(
      snap([
        ["1", "A"],
        ["2", null],
      ]),
      snap([
        ["1", null],
        ["2", "C"],
      ])
    );
    expect(m.counts.A.gone).toBe(1);
    expect(m.counts.new.C).toBe(1);
    expect(m.movers).toEqual([]);
  });
});
