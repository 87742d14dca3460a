import type { Finding } from "../../engine/validate/finding";
import { buildPreview } from "./preview";

const f = (row: number, column: string, severity: Finding["severity"]): Finding => ({
  row,
  column,
  field: null,
  code: "type-error",
  severity,
  params: {},
  fix: null,
});

describe("buildPreview", () => {
  const sheet = {
    name: "S",
    rows: [
      ["客户编号", "金额", "日期"],
      ["C1", 12.5, new Date(Date.UTC(2024, 2, 5))],
      ["C2", { error: "#N/A" }],
      [null, true],
    ],
  };

  it("shows cells as text, padded to the widest row", () => {
    const p = buildPreview(sheet, []);
    expect(p.columns).toEqual(["A", "B", "C"]);
    expect(p.rows[1].cells.map((c) => c.text)).toEqual(["C1", "12.5", "2024-03-05"]);
    expect(p.rows[2].cells.map((c) => c.text)).toEqual(["C2", "#N/A", ""]);
    expect(p.rows[3].cells.map((c) => c.text)).toEqual(["", "true", ""]);
    expect(p.more).toBe(0);
  });

  it("marks problem cells with their worst severity", () => {
    const p = buildPreview(sheet, [f(3, "B", "warning"), f(3, "B", "error"), f(2, "A", "info")]);
    expect(p.rows[2].cells[1]).toEqual({ address: "B3", text: "#N/A", mark: "error" });
    expect(p.rows[1].cells[0].mark).toBe("info");
    expect(p.rows[1].cells[1].mark).toBeNull();
  });

  it("stops at the limit (200 rows by default) and says how many more there are", () => {
    const big = { name: "B", rows: Array.from({ length: 250 }, (_, i) => [i]) };
    const p = buildPreview(big, [f(201, "A", "error")]);
    expect(p.rows).toHaveLength(200);
    expect(p.rows[199].row).toBe(200);
    expect(p.more).toBe(50);
    expect(buildPreview(big, [], 10).rows).toHaveLength(10);
  });
});
