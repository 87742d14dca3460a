import { rowList } from "../plan/plan-rows";
import { dayFromIso } from "../day";
import { buildScorePlan } from "../plan/build-score-plan";
import { scoreWorkbook } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import type { CellValue } from "../table/cell";
import type { WorkbookData } from "../table/sheet";
import { migration } from "./migration";
import { appendSnapshot, readSnapshots, snapshotOf, type SnapshotRow } from "./snapshot";

const oct = dayFromIso("2026-10-01")!;
const nov = dayFromIso("2026-11-01")!;

function workbook(profits: Record<string, number>): WorkbookData {
  const rows: CellValue[][] = [["客户编号", "客户名称", "毛利贡献", "交易次数", "最近交易日期"]];
  for (const [id, profit] of Object.entries(profits))
    rows.push([id, `客户${id}`, profit, 3, "2026-09-01"]);
  return { sheets: [{ name: "客户档案", rows }] };
}

function row(date: number, customerId: string, abc: string, value: number): SnapshotRow {
  return {
    date,
    customerId,
    name: null,
    abc,
    pyramid: null,
    segment: null,
    grade: null,
    score: null,
    value,
  };
}

describe("snapshots", () => {
  it("read back what the history sheet holds, by position", () => {
    const run = scoreWorkbook(workbook({ C1: 900, C2: 50, C3: 50 }), {
      asOf: nov,
      settings: DEFAULT_SETTINGS,
    })!;
    const plan = buildScorePlan(run, "zh-CN");
    const history = plan.sheets.find((s) => s.key === "history")!.tables[0];
    const sheet = {
      name: "h",
      rows: [history.header as CellValue[], ...(rowList(history.rows) as CellValue[][])],
    };
    expect(readSnapshots(sheet)).toEqual(snapshotOf(run));
  });

  it("skips rows a user broke, and a refresh on the same date replaces that date", () => {
    expect(
      readSnapshots({ name: "h", rows: [["日期"], ["not a date", "C1"], [46000, null]] })
    ).toEqual([]);
    const first = [row(oct, "C1", "A", 1)];
    const again = [row(oct, "C1", "B", 2)];
    expect(appendSnapshot(first, again)).toEqual(again);
    expect(appendSnapshot(first, [row(nov, "C1", "B", 2)])).toHaveLength(2);
  });
});

describe("migration", () => {
  it("is null before the second snapshot", () => {
    expect(migration([row(oct, "C1", "A", 1)])).toBeNull();
  });

  it("counts tier last time x tier now over customers present both times, and lists movers", () => {
    const history = [
      row(oct, "C1", "A", 100),
      row(oct, "C2", "B", 50),
      row(oct, "C3", "C", 10),
      row(oct, "GONE", "A", 70),
      row(nov, "C1", "B", 60),
      row(nov, "C2", "B", 55),
      row(nov, "C3", "A", 200),
      row(nov, "NEW", "C", 5),
    ];
    const m = migration(history)!;
    expect(m.customersBoth).toBe(3);
    const total = Object.values(m.counts).reduce((s, r) => s + r.A + r.B + r.C, 0);
    expect(total).toBe(3);
    expect(m.counts.A.B).toBe(1);
    expect(m.counts.C.A).toBe(1);
    expect(m.value.C.A).toBe(200);
    expect(m.movers.map((x) => [x.customerId, x.from, x.to, x.direction])).toEqual([
      ["C3", "C", "A", "up"],
      ["C1", "A", "B", "down"],
    ]);
    expect(m.movers.map((x) => [x.valueChange, x.cause])).toEqual([
      [190, "value"],
      [-40, "value"],
    ]);
    expect(m.entered).toEqual({ A: 0, B: 0, C: 1 });
    expect(m.left).toEqual({ A: 1, B: 0, C: 0 });
  });

  it("lists movers by the size of their value change and says when only the cut-off moved", () => {
    const history = [
      row(oct, "C1", "B", 50),
      row(oct, "C2", "A", 500),
      row(oct, "C3", "C", 10),
      row(oct, "C4", "B", 40),
      row(nov, "C1", "A", 50),
      row(nov, "C2", "B", 480),
      row(nov, "C3", "A", 400),
      row(nov, "C4", "C", 40.001),
    ];
    const m = migration(history)!;
    expect(m.movers.map((x) => [x.customerId, x.valueChange, x.cause])).toEqual([
      ["C3", 390, "value"],
      ["C2", -20, "value"],
      ["C4", expect.closeTo(0.001, 6), "cutoff"],
      ["C1", 0, "cutoff"],
    ]);
  });

  it("two refreshes a month apart give two snapshots and a movers sheet", () => {
    const first = scoreWorkbook(workbook({ C1: 900, C2: 50, C3: 50 }), {
      asOf: oct,
      settings: DEFAULT_SETTINGS,
    })!;
    const history = snapshotOf(first);
    const second = scoreWorkbook(workbook({ C1: 50, C2: 900, C3: 50 }), {
      asOf: nov,
      settings: DEFAULT_SETTINGS,
    })!;
    const plan = buildScorePlan(second, "en-US", { previousHistory: history });
    const historySheet = plan.sheets.find((s) => s.key === "history")!;
    expect(historySheet.tables[0].rows).toHaveLength(6);
    const movers = plan.sheets.find((s) => s.key === "migration")!;
    const counts = rowList(movers.tables[0].rows)
      .slice(0, 3)
      .map((r) => (r.slice(1, 4) as number[]).reduce((a, b) => a + b, 0));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    // The total row and column add up to the customers present both times.
    expect(rowList(movers.tables[0].rows)[3]).toEqual(["Total", 1, 1, 1, 3]);
    expect(
      rowList(movers.tables[0].rows)
        .slice(0, 3)
        .map((r) => r[4])
    ).toEqual([1, 1, 1]);
    expect(rowList(movers.tables[2].rows).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      // 900/50/50: the 900 is A, the first 50 (ids break the tie) B at 90% before it, the last C.
      // Both changed by 850, so the id orders them.
      ["C1", "A", "B", "down"],
      ["C2", "B", "A", "up"],
    ]);
    expect(rowList(movers.tables[2].rows).map((r) => r.slice(7))).toEqual([
      [-850, "its value changed"],
      [850, "its value changed"],
    ]);
  });
});
