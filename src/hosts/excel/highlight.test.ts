import { FakeExcel, FakeWorkbook } from "../../../test/excel-fake";
import { clearHighlights } from "./clear-highlights";
import { cellAddress } from "./a1";
import { HIGHLIGHT_FILLS, highlight } from "./highlight";
import { HIGHLIGHTS_KEY } from "./setting-keys";

function scattered(count: number, rows: number, columns: number): string[] {
  // A fixed stride walks the grid without repeating, like findings spread over a big sheet.
  const cells = new Set<string>();
  for (let k = 0; cells.size < count; k++) {
    const n = (k * 7_919) % (rows * columns);
    cells.add(cellAddress(1 + Math.floor(n / columns), n % columns));
  }
  return [...cells];
}

describe("highlight and clearHighlights", () => {
  it("highlights 20,000 scattered cells in at most 20 formatting calls", async () => {
    const wb = FakeWorkbook.with("Data");
    const excel = new FakeExcel(wb);
    const cells = scattered(20_000, 20_000, 40);
    await highlight(excel.run, [{ sheet: "Data", cells, severity: "error" }]);
    expect(excel.meter.formattingCalls).toBeLessThanOrEqual(20);
    expect(excel.meter.syncs).toBe(3);
    expect(cells.every((c) => wb.sheet("Data").at(c)?.fill?.color === HIGHLIGHT_FILLS.error)).toBe(
      true
    );
    expect(excel.meter.largestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it("restores exactly the fills that were there: none, a colour, a pattern", async () => {
    const wb = FakeWorkbook.with("Data", "Other");
    const data = wb.sheet("Data");
    data.put("A1", [
      ["id", "name"],
      ["C1", "x"],
      ["C2", "y"],
    ]);
    data.set("B2", { fill: { color: "#FF0000", pattern: "Solid" } });
    data.set("B3", { fill: { color: "#00B050", pattern: "Gray50" } });
    const before = wb.snapshot();
    const excel = new FakeExcel(wb);
    await highlight(excel.run, [
      { sheet: "Data", cells: ["A2", "B2", "B3"], severity: "warning" },
      { sheet: "data", cells: ["$A$3:A3"], severity: "error" },
    ]);
    expect([
      data.at("A2")?.fill?.color,
      data.at("B2")?.fill?.color,
      data.at("A3")?.fill?.color,
    ]).toEqual([HIGHLIGHT_FILLS.warning, HIGHLIGHT_FILLS.warning, HIGHLIGHT_FILLS.error]);
    expect(data.at("A2")?.value).toBe("C1");
    await clearHighlights(excel.run);
    expect(wb.snapshot()).toEqual(before);
    expect(wb.settings.has(HIGHLIGHTS_KEY)).toBe(false);
  });

  it("keeps the first saved fill when a cell is highlighted twice", async () => {
    const wb = FakeWorkbook.with("Data");
    wb.sheet("Data").set("C3", { value: 1, fill: { color: "#FFFF00", pattern: "Solid" } });
    const before = wb.snapshot();
    const excel = new FakeExcel(wb);
    await highlight(excel.run, [{ sheet: "Data", cells: ["C3"], severity: "info" }]);
    await highlight(excel.run, [{ sheet: "Data", cells: ["C3", "D4"], severity: "error" }]);
    expect(wb.sheet("Data").at("C3")?.fill?.color).toBe(HIGHLIGHT_FILLS.error);
    await clearHighlights(excel.run);
    expect(wb.snapshot()).toEqual(before);
  });

  it("finds the sheet by id when clearing, so a renamed sheet is restored too", async () => {
    const wb = FakeWorkbook.with("Data");
    const before = wb.sheet("Data").snapshot() as { name: string };
    const excel = new FakeExcel(wb);
    await highlight(excel.run, [{ sheet: "Data", cells: ["A1"], severity: "info" }]);
    wb.rename(wb.sheet("Data"), "Renamed");
    await clearHighlights(excel.run);
    expect(wb.sheet("Renamed").snapshot()).toEqual({ ...before, name: "Renamed" });
  });

  it("does nothing without cells or without a record", async () => {
    const excel = new FakeExcel(FakeWorkbook.with("Data"));
    await highlight(excel.run, [{ sheet: "Data", cells: [], severity: "info" }]);
    await clearHighlights(excel.run);
    expect(excel.meter.formattingCalls).toBe(0);
  });

  it("names a sheet that is not there", async () => {
    const excel = new FakeExcel(FakeWorkbook.with("Data"));
    await expect(
      highlight(excel.run, [{ sheet: "Nope", cells: ["A1"], severity: "info" }])
    ).rejects.toMatchObject({ code: "sheet-not-found" });
  });
});
