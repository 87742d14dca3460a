import { DEFAULT_SETTINGS } from "../../engine/settings";
import { scoreWorkbook } from "../../engine/score-workbook";
import type { CellValue } from "../../engine/table/cell";
import { dayFromIso } from "../../engine/day";
import { scoreSummary } from "./score-summary";

const HEADER = ["客户编号", "客户名称", "交易次数", "最近交易日期", "首次交易日期", "毛利贡献"];

function run(rows: CellValue[][]) {
  const asOf = dayFromIso("2026-11-01")!;
  const result = scoreWorkbook(
    { sheets: [{ name: "客户档案", rows: [HEADER, ...rows] }] },
    { asOf, settings: DEFAULT_SETTINGS }
  );
  if (result === null) throw new Error("no run");
  return result;
}

describe("scoreSummary", () => {
  const rows: CellValue[][] = [];
  // Ten equal customers: A = the first 8 (domain.md §8), B and C one each.
  for (let i = 1; i <= 10; i++) rows.push([`C${i}`, `Co ${i}`, 3, "2026-10-01", "2024-01-01", 100]);
  // A one-order buyer silent for 200 days: churn alert.
  rows.push(["C11", "Late", 1, "2026-04-15", "2026-04-15", 50]);
  // A prospect.
  rows.push(["C12", "Prospect", 0, null, null, null]);

  it("counts A/B/C, the pyramid and churn alerts from the run", () => {
    const s = scoreSummary(run(rows));
    expect(s.customers).toBe(12);
    expect(s.abc.map((b) => b.count)).toEqual([9, 1, 1]);
    expect(s.abc[0].share).toBeCloseTo(9 / 12);
    expect(s.pyramid.find((b) => b.key === "Prospect")?.count).toBe(1);
    expect(s.pyramid.find((b) => b.key === "VIP")?.count).toBe(1);
    expect(s.churnAlerts).toBe(1);
    expect(s.calls.map((a) => a.customerId)).toEqual(["C11"]);
    expect(s.winBacks).toEqual([]);
  });

  it("lists only the grades that occur, best first, insufficient last", () => {
    const s = scoreSummary(run(rows));
    expect(s.grades.map((g) => g.key)).toEqual(["insufficient"]);
    expect(s.grades[0].count).toBe(12);
  });

  it("splits churn alerts into the call list and win-backs, each by value at risk", () => {
    const many: CellValue[][] = [];
    for (let i = 1; i <= 5; i++)
      many.push([`L${i}`, `Late ${i}`, 1, "2026-01-01", "2026-01-01", i]);
    // Silent for well over a year: churned, so a win-back rather than a call.
    many.push(["W1", "Gone", 2, "2025-01-01", "2024-06-01", 40]);
    many.push(["W2", "Gone too", 3, "2024-12-01", "2024-01-01", 70]);
    const s = scoreSummary(run(many));
    expect(s.churnAlerts).toBe(7);
    expect(s.calls.map((a) => a.customerId)).toEqual(["L5", "L4", "L3", "L2", "L1"]);
    expect(s.winBacks.map((a) => a.customerId)).toEqual(["W2", "W1"]);
  });

  it("counts what Check would report: errors, duplicates and rows left out", () => {
    const s = scoreSummary(
      run([
        ["D1", "Dup", 2, "2026-10-01", "2025-01-01", 10],
        ["D1", "Dup again", 2, "2026-10-01", "2025-01-01", 20],
        [null, "No id", 1, "2026-10-01", "2026-10-01", 5],
        ["OK", "Fine", 1, "2026-10-01", "2026-10-01", 5],
      ])
    );
    expect(s.quality.errors).toBeGreaterThanOrEqual(2);
    expect(s.quality.duplicates).toBeGreaterThanOrEqual(1);
    expect(s.quality.leftOut).toBe(1);
    expect(s.netTotalNotPositive).toBeNull();
  });

  it("gives the net total when it is zero or below (everyone is C)", () => {
    const s = scoreSummary(
      run([
        ["P", "Profit", 2, "2026-10-01", "2025-01-01", 100],
        ["L", "Loss", 2, "2026-10-01", "2025-01-01", -300],
      ])
    );
    expect(s.netTotalNotPositive).toBe(-200);
    expect(s.abc.map((b) => b.count)).toEqual([0, 0, 2]);
  });
});
