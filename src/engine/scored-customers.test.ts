import {
  countScoredCustomers,
  eachScoredCustomer,
  filterScoredCustomers,
  findScoredCustomer,
  scoredCount,
  scoredCustomerAt,
  scoredIndexOfRow,
} from "./scored-customers";
import { scoreWorkbook, type ScoreRun } from "./score-workbook";
import { DEFAULT_SETTINGS } from "./settings";
import { dayFromIso } from "./day";

function run(): ScoreRun {
  const rows = [
    ["客户编号", "客户名称", "销售额", "订单数", "首次购买日期", "最近购买日期"],
    ["C1", "甲", 500, 3, "2025-01-01", "2026-10-01"],
    [],
    ["C2", "乙", 900, 1, "2026-05-01", "2026-05-01"],
    ["C3", "丙", 100, 2, "2024-01-01", "2025-01-01"],
  ];
  const scored = scoreWorkbook(
    { sheets: [{ name: "客户档案", rows }] },
    { asOf: dayFromIso("2026-11-01")!, settings: DEFAULT_SETTINGS }
  );
  if (scored === null) throw new Error("no run");
  return scored;
}

describe("scored customers", () => {
  const r = run();

  it("counts and builds each customer in input order", () => {
    expect(scoredCount(r)).toBe(3);
    expect([...eachScoredCustomer(r)].map((c) => c.customer.customer_id)).toEqual([
      "C1",
      "C2",
      "C3",
    ]);
    expect(scoredCustomerAt(r, 1).tiers.rank).toBe(1);
  });

  it("finds a customer by its sheet row, -1 for a row without one", () => {
    expect(scoredIndexOfRow(r, 4)).toBe(1);
    expect(scoredIndexOfRow(r, 3)).toBe(-1);
  });

  it("finds, filters and counts by a test", () => {
    expect(findScoredCustomer(r, (c) => c.tiers.rank === 3)?.customer.customer_id).toBe("C3");
    expect(findScoredCustomer(r, () => false)).toBeNull();
    expect(filterScoredCustomers(r, (c) => (c.tiers.value ?? 0) > 200).length).toBe(2);
    expect(countScoredCustomers(r, (c) => c.tiers.abc === "A")).toBe(r.tiers.abc.counts.A);
  });
});
