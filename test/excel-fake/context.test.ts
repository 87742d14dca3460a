import { FakeExcel } from "./context";
import { FakeWorkbook } from "./model";

function setup(): { excel: FakeExcel; wb: FakeWorkbook } {
  const wb = FakeWorkbook.with("Data", "Other");
  wb.sheet("Data").put("A1", [
    ["id", "amount"],
    ["001", 12.5],
  ]);
  return { excel: new FakeExcel(wb), wb };
}

describe("FakeExcel: load and sync", () => {
  it("refuses to read a property that was not loaded, as Excel does", async () => {
    const { excel } = setup();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([
        ["id", "amount"],
        ["001", 12.5],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("changes nothing before sync, and applies queued writes in order at sync", async () => {
    const { excel, wb } = setup();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Other").getRange("A1");
      range.values = [[1]];
      range.values = [[2]];
      expect(wb.sheet("Other").at("A1")).toBeUndefined();
      await ctx.sync();
      expect(wb.sheet("Other").at("A1")?.value).toBe(2);
    });
  });

  it("sends what the batch left queued when Excel.run ends", async () => {
    const { excel, wb } = setup();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").getRange("B2").values = [["x"]];
    });
    expect(wb.sheet("Other").at("B2")?.value).toBe("x");
    expect(excel.meter.syncs).toBe(1);
  });

  it("fails the sync on a missing sheet, and reports a null object for the OrNullObject variant", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Nope");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const found = ctx.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect([missing.isNullObject, found.isNullObject]).toEqual([true, false]);
    });
  });

  it("lists sheets with their ids and names through items", async () => {
    const { excel, wb } = setup();
    await excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/id");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.id])).toEqual(wb.sheets.map((s) => [s.name, s.id]));
      expect(() => sheets.items[0].visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });
});

describe("FakeExcel: writes as Excel takes them", () => {
  it("requires a values array of the range's exact shape", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Other").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("lets a 1x1 number format fill a whole range", async () => {
    const { excel, wb } = setup();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").getRange("A1:A3").numberFormat = [["0.00"]];
      await ctx.sync();
    });
    expect(wb.sheet("Other").at("A3")?.numberFormat).toBe("0.00");
  });

  it("turns typed strings into formulas, numbers and booleans unless the cell is text-formatted", async () => {
    const { excel, wb } = setup();
    const typed = [['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "00123", "TRUE", "plain"]];
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Other");
      sheet.getRange("A1:G1").values = typed;
      sheet.getRange("A2:G2").numberFormat = [["@"]];
      sheet.getRange("A2:G2").values = typed;
      await ctx.sync();
    });
    const s = wb.sheet("Other");
    expect(s.at("A1")?.formula).toBe('=HYPERLINK("x")');
    expect([
      s.at("B1")?.value,
      s.at("C1")?.value,
      s.at("E1")?.value,
      s.at("F1")?.value,
      s.at("G1")?.value,
    ]).toEqual([1, -2, 123, true, "plain"]);
    expect(s.at("D1")?.formula).toBe("=SUM(A1)");
    expect(s.valuesAt("A2:G2")).toEqual(typed);
    expect(s.at("A2")?.formula).toBeUndefined();
  });

  it("leaves a cell alone where the values array holds null", async () => {
    const { excel, wb } = setup();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A2:B2").values = [[null, 99]];
    });
    expect(wb.sheet("Data").valuesAt("A2:B2")).toEqual([["001", 99]]);
  });

  it("formats scattered cells in one call through getRanges", async () => {
    const { excel, wb } = setup();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRanges("A1,C3:C4,'Data'!E5").format.fill.color =
        "#ffc7ce";
    });
    const s = wb.sheet("Data");
    expect([s.at("A1")?.fill, s.at("C4")?.fill, s.at("E5")?.fill]).toEqual(
      Array(3).fill({ color: "#FFC7CE", pattern: "Solid" })
    );
    expect(s.at("B1")?.fill).toBeUndefined();
    expect(excel.meter.formattingCalls).toBe(1);
  });

  it("reads a fill as Excel reports it: white and no pattern when there is none, null when mixed", async () => {
    const { excel, wb } = setup();
    wb.sheet("Data").set("B2", { fill: { color: "#FF0000", pattern: "Solid" } });
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      const none = sheet.getRange("A1").format.fill.load("color,pattern");
      const mixed = sheet.getRanges("A1,B2").format.fill.load("color");
      const areas = sheet.getRanges("A1,B2").areas.load("items/address,items/format/fill/color");
      await ctx.sync();
      expect([none.color, none.pattern, mixed.color]).toEqual(["#FFFFFF", "None", null]);
      expect(areas.items.map((a) => [a.address, a.format.fill.color])).toEqual([
        ["Data!A1", "#FFFFFF"],
        ["Data!B2", "#FF0000"],
      ]);
    });
  });

  it("rejects getRanges addresses longer than Excel takes", async () => {
    const { excel } = setup();
    const long = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
    await expect(
      excel.run(
        async (ctx) => void ctx.workbook.worksheets.getItem("Data").getRanges(long).load("address")
      )
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("FakeExcel: meter and failures", () => {
  it("measures the JSON size of values written and values returned", async () => {
    const { excel } = setup();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").getRange("A1:B1").values = [["ab", 1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Data").getRange("A1:B2").load("values");
      await ctx.sync();
    });
    const [write, read] = excel.meter.records;
    expect(write.requestBytes).toBeGreaterThanOrEqual(JSON.stringify([["ab", 1]]).length);
    expect(read.responseBytes).toBeGreaterThanOrEqual(
      JSON.stringify([
        ["id", "amount"],
        ["001", 12.5],
      ]).length
    );
    expect(excel.meter.syncs).toBe(2);
  });

  it("fails an injected sync without applying any of it", async () => {
    const { excel, wb } = setup();
    const before = wb.snapshot();
    excel.failOnSync(1);
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["changed"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(wb.snapshot()).toEqual(before);
  });

  it("refuses a request over the payload limit, as Excel on the web does", async () => {
    const excel = new FakeExcel(FakeWorkbook.with("S"), { payloadLimitBytes: 100 });
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A20").values = Array.from(
          { length: 20 },
          () => ["0123456789"]
        );
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("FakeExcel: sheets, merges, errors, settings, charts", () => {
  it("adds, renames and deletes sheets, keeping one visible and names unique", async () => {
    const { excel, wb } = setup();
    await excel.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add("New").load("id");
      await ctx.sync();
      expect(wb.find(added.id)?.name).toBe("New");
      ctx.workbook.worksheets.getItem("New").name = "data";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      ctx.workbook.worksheets.getItem(added.id).delete();
      await ctx.sync();
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data", "Other"]);
  });

  it("reports merged areas and error cells of a range", async () => {
    const { excel, wb } = setup();
    wb.sheet("Data")
      .merge("A4:B4")
      .set("A4", { value: "title" })
      .set("B2", { value: "#N/A", error: true });
    await excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Data").getUsedRange(true);
      const merges = used.getMergedAreasOrNullObject().load("address");
      const errors = used.getSpecialCellsOrNullObject("Constants", "Errors").load("address");
      const formulaErrors = used.getSpecialCellsOrNullObject("Formulas", "Errors");
      await ctx.sync();
      expect(merges.address).toBe("Data!A4:B4");
      expect(errors.address).toBe("Data!B2");
      expect(formulaErrors.isNullObject).toBe(true);
    });
  });

  it("keeps settings", async () => {
    const { excel, wb } = setup();
    await excel.run(async (ctx) => {
      ctx.workbook.settings.add("k", '{"v":1}');
      await ctx.sync();
      const s = ctx.workbook.settings.getItemOrNullObject("k").load("value");
      await ctx.sync();
      expect(s.value).toBe('{"v":1}');
      s.delete();
    });
    expect(wb.settings.has("k")).toBe(false);
  });

  it("creates a chart with one series per source column and lets a series move to a secondary line", async () => {
    const { excel, wb } = setup();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B2"), "Columns");
      const line = chart.series.add("cum");
      line.setValues(sheet.getRange("A1:A2"));
      line.chartType = "Line";
      line.axisGroup = "Secondary";
      chart.axes.getItem("Value", "Secondary").maximum = 1;
    });
    const chart = wb.sheet("Data").charts[0];
    expect(chart.series.map((s) => [s.values, s.chartType, s.axisGroup])).toEqual([
      ["Data!B1:B2", "ColumnClustered", "Primary"],
      ["Data!A1:A2", "Line", "Secondary"],
    ]);
    expect(chart.axes.Secondary.maximum).toBe(1);
  });
});
