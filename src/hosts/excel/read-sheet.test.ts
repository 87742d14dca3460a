import { FakeExcel, FakeWorkbook } from "../../../test/excel-fake";
import { customerSource } from "../../../test/excel-fake/customer-source";
import { AbortedError } from "./aborted";
import { readSheet } from "./read-sheet";

const FOUR_MB = 4 * 1024 * 1024;

function smallWorkbook(): FakeWorkbook {
  const wb = FakeWorkbook.with("客户档案");
  wb.sheet("客户档案")
    .put("B2", [["客户档案 2024"]])
    .merge("B2:D2")
    .put("B4", [
      ["客户编号", "客户名称", "成立日期"],
      ["00123", "甲公司", 45_356],
      ["C2", "#N/A", 45_357],
    ])
    .set("D5", { value: 45_356, numberFormat: "yyyy-mm-dd" })
    .set("D6", { value: 45_357, numberFormat: "yyyy/m/d" })
    .set("C7", { value: "#N/A", error: true })
    .set("B7", { value: "C3" })
    .set("D7", { value: "#DIV/0!", error: true, formula: "=1/0" });
  return wb;
}

describe("readSheet", () => {
  it("gives rows from sheet row 1 and column A, with merges, dates and errors read as the engine wants", async () => {
    const excel = new FakeExcel(smallWorkbook());
    const data = await readSheet(excel.run, "客户档案");
    expect(data.name).toBe("客户档案");
    expect(data.rows[0]).toEqual([]);
    expect(data.rows[1]).toEqual([null, "客户档案 2024", null, null]);
    expect(data.merges).toEqual(["B2:D2"]);
    expect(data.rows[4]).toEqual([null, "00123", "甲公司", new Date("2024-03-05T00:00:00Z")]);
    // Text a user typed as "#N/A" stays text; Excel's own errors become { error }.
    expect(data.rows[5]).toEqual([null, "C2", "#N/A", new Date("2024-03-06T00:00:00Z")]);
    expect(data.rows[6]).toEqual([null, "C3", { error: "#N/A" }, { error: "#DIV/0!" }]);
    expect(data.hidden).toBeUndefined();
  });

  it("reads a hidden sheet as hidden and a blank sheet as no rows", async () => {
    const wb = FakeWorkbook.with("Blank", "Hidden");
    wb.sheet("Hidden").visibility = "Hidden";
    wb.sheet("Hidden").put("A1", [["x"]]);
    const excel = new FakeExcel(wb);
    expect(await readSheet(excel.run, "Blank")).toEqual({ name: "Blank", rows: [] });
    expect(await readSheet(excel.run, "Hidden")).toEqual({
      name: "Hidden",
      rows: [["x"]],
      hidden: true,
    });
  });

  it("reads 100,000 rows x 40 columns in at most ceil(rows / 5000) + 2 syncs, no request or response over 4 MB", async () => {
    const wb = FakeWorkbook.with("Big");
    wb.sheet("Big").source = customerSource(99_999, 40);
    const excel = new FakeExcel(wb);
    const progress: number[] = [];
    const data = await readSheet(excel.run, "Big", { onProgress: (done) => progress.push(done) });
    expect(data.rows).toHaveLength(100_000);
    expect(data.rows[99_999][0]).toBe("C0099999");
    expect(data.rows[99_999][3]).toBeInstanceOf(Date);
    expect(excel.meter.syncs).toBeLessThanOrEqual(Math.ceil(100_000 / 5_000) + 2);
    expect(excel.meter.maxResponseBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(excel.meter.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(progress.length).toBe(excel.meter.syncs - 1);
    expect(progress[progress.length - 1]).toBe(100_000);
  });

  it("converts dates found in the first block throughout the column", async () => {
    const wb = FakeWorkbook.with("Big");
    wb.sheet("Big").source = customerSource(8_000, 8);
    const data = await readSheet(new FakeExcel(wb).run, "Big");
    expect(data.rows[7_999][3]).toBeInstanceOf(Date);
    expect(typeof data.rows[7_999][2]).toBe("number");
  });

  it("takes fewer rows a block when rows are wide, staying under 4 MB", async () => {
    const wb = FakeWorkbook.with("Wide");
    const long = "长".repeat(200);
    wb.sheet("Wide").source = { rows: 6_000, columns: 10, cell: () => ({ value: long }) };
    const excel = new FakeExcel(wb);
    const data = await readSheet(excel.run, "Wide");
    expect(data.rows).toHaveLength(6_000);
    expect(excel.meter.maxResponseBytes).toBeLessThanOrEqual(FOUR_MB);
  });

  it("splits a block Excel refuses as too large and still reads every row", async () => {
    const wb = FakeWorkbook.with("S");
    wb.sheet("S").source = customerSource(3_000, 8);
    const excel = new FakeExcel(wb, { payloadLimitBytes: 150_000 });
    const data = await readSheet(excel.run, "S");
    expect(data.rows).toHaveLength(3_001);
    expect(data.rows[3_000][0]).toBe("C0003000");
  });

  it("stops between blocks when aborted", async () => {
    const wb = FakeWorkbook.with("Big");
    wb.sheet("Big").source = customerSource(20_000, 10);
    const controller = new AbortController();
    const excel = new FakeExcel(wb);
    await expect(
      readSheet(excel.run, "Big", {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      })
    ).rejects.toBeInstanceOf(AbortedError);
    expect(excel.meter.syncs).toBe(2);
  });

  it("fails with Excel's error for a sheet that is not there", async () => {
    await expect(readSheet(new FakeExcel(FakeWorkbook.with("A")).run, "B")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});
