import { MAX_BLOCK_ROWS, REQUEST_BUDGET_BYTES } from "./limits";
import { rowsPerBlock } from "./rows-per-block";

describe("rowsPerBlock", () => {
  it("takes 5,000 rows when they fit", () => {
    expect(rowsPerBlock(400)).toBe(MAX_BLOCK_ROWS);
  });

  it("takes fewer rows when 5,000 would pass the budget, and the total stays within it", () => {
    const rows = rowsPerBlock(2_000);
    expect(rows).toBeLessThan(MAX_BLOCK_ROWS);
    expect(rows * 2_000).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect((rows + 1) * 2_000).toBeGreaterThan(REQUEST_BUDGET_BYTES);
  });

  it("always moves forward by at least one row", () => {
    expect(rowsPerBlock(10_000_000)).toBe(1);
  });

  it("takes the maximum when nothing is known yet", () => {
    expect(rowsPerBlock(0)).toBe(MAX_BLOCK_ROWS);
  });
});
