import { estimateJsonBytes } from "./json-bytes";

const utf8 = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).length;

describe("estimateJsonBytes", () => {
  it("never underestimates the JSON of typical cell values", () => {
    const rows = [
      ["C001", "上海某某贸易有限公司", 12_345.67, true, null, 'say "hi"\n', ""],
      [1, -0.5, false, "a\\b", 45_000, "", null],
    ];
    const estimate = estimateJsonBytes(rows);
    expect(estimate).toBeGreaterThanOrEqual(utf8(rows));
    expect(estimate).toBeLessThan(utf8(rows) * 1.3);
  });

  it("counts an empty block as almost nothing", () => {
    expect(estimateJsonBytes([])).toBe(2);
  });
});
