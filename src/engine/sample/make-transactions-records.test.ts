import { makeTransactionRecords } from "./make-transactions-records";
import { createRandom } from "./random";

describe("makeTransactionRecords", () => {
  it("gives exactly count rows, every buyer at least one, ids unique in date order", () => {
    const rows = makeTransactionRecords(createRandom(3), ["C1", "C2", "C3"], 50, 20_000);
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.customer_id))).toEqual(new Set(["C1", "C2", "C3"]));
    expect(rows.map((r) => r.order_id)).toEqual(
      rows.map((_, i) => `SO${String(i + 1).padStart(6, "0")}`)
    );
    const days = rows.map((r) => (r.order_date as Date).getTime());
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(Math.max(...days)).toBeLessThanOrEqual(20_000 * 86_400_000);
  });
  it("gives nothing without buyers", () => {
    expect(makeTransactionRecords(createRandom(3), [], 10, 20_000)).toEqual([]);
  });
});
