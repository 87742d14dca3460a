import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../engine/plan/workbook-plan";
import { buildXlsx } from "./build-xlsx";
import { FileHost, resultFileName, type ApplyPlanToXlsx } from "./file-host";
import { readXlsx } from "./read-xlsx";
import { FileReadError } from "./file-error";

const SHEET = {
  name: "客户档案",
  rows: [
    ["客户编号", "客户名称", "累计销售额", "最近交易日期"],
    ["C1", "甲公司", "1,234.50", "2024/3/5"],
    ["C2", "乙公司", 20, null],
  ],
};

/** Adds one sheet named by the plan's first sheet, as the real applyPlanToXlsx would. */
const fakeApply: ApplyPlanToXlsx = async (input, plan, options) => {
  if (!options.force && plan.sheets[0]?.name === "needs-force")
    throw new Error("unsupported-parts");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ArrayBuffer);
  for (const sheet of plan.sheets) wb.addWorksheet(sheet.name).getCell("A1").value = "out";
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

const plan = (name: string): WorkbookPlan => ({
  sheets: [
    {
      key: "tiers",
      name,
      tables: [],
      cells: [],
      charts: [],
      conditionalFormats: [],
      columnWidths: [],
    },
  ],
  highlights: [],
});

async function openXlsx(): Promise<FileHost> {
  const bytes = await buildXlsx({ sheets: [SHEET] });
  return FileHost.open(bytes, "customers.xlsx", { applyPlanToXlsx: fakeApply });
}

describe("FileHost", () => {
  it("lists and reads the sheets of an .xlsx", async () => {
    const host = await openXlsx();
    expect(await host.listSheets()).toEqual([{ name: "客户档案", hidden: false }]);
    const progress: number[][] = [];
    const sheet = await host.readSheet("客户档案", { onProgress: (d, t) => progress.push([d, t]) });
    expect(sheet.rows[1][0]).toBe("C1");
    expect(progress).toEqual([[3, 3]]);
    await expect(host.readSheet("nope")).rejects.toMatchObject({ code: "not-found" });
  });

  it("reads a .csv and hands back an .xlsx result", async () => {
    const csv = new TextEncoder().encode("客户编号,客户名称\nC1,甲\n");
    const host = await FileHost.open(csv, "list.csv", { applyPlanToXlsx: fakeApply });
    expect((await host.readSheet("list")).rows[1]).toEqual(["C1", "甲"]);
    const out = await readXlsx(await host.resultBytes(), "out.xlsx");
    expect(out.sheets[0].rows[1]).toEqual(["C1", "甲"]);
    expect(host.resultName()).toBe("list-tiersheet.xlsx");
  });

  it("refuses a file that is neither a workbook nor delimited text", async () => {
    await expect(
      FileHost.open(new Uint8Array([1, 2, 3]), "x.pdf", { applyPlanToXlsx: fakeApply })
    ).rejects.toMatchObject({
      code: "unsupported-type",
    });
    await expect(
      FileHost.open(new Uint8Array(), "x.csv", { applyPlanToXlsx: fakeApply })
    ).rejects.toMatchObject({
      code: "empty-file",
    });
  });

  it("applies a plan to a copy, never to the input, and reads the result back", async () => {
    const host = await openXlsx();
    const input = host.input.slice();
    await host.applyPlan(plan("客户分级"));
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["客户档案", "客户分级"]);
    expect(host.input).toEqual(input);
    const out = await readXlsx(await host.resultBytes(), "r.xlsx");
    expect(out.sheets.map((s) => s.name)).toEqual(["客户档案", "客户分级"]);
  });

  it("passes force only after allowLossyWrite, and only once", async () => {
    const host = await openXlsx();
    await expect(host.applyPlan(plan("needs-force"))).rejects.toThrow("unsupported-parts");
    host.allowLossyWrite();
    await host.applyPlan(plan("needs-force"));
    await expect(host.applyPlan(plan("needs-force"))).rejects.toThrow("unsupported-parts");
  });

  it("writes nothing when cancelled", async () => {
    const host = await openXlsx();
    const controller = new AbortController();
    controller.abort();
    await expect(host.applyPlan(plan("x"), { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect((await host.listSheets()).length).toBe(1);
  });

  it("writes fixes to exactly the listed cells", async () => {
    const host = await openXlsx();
    await host.writeCells("客户档案", [
      { address: "C2", value: 1234.5 },
      { address: "D2", value: "2024-03-05", date: true },
    ]);
    const rows = (await host.readSheet("客户档案")).rows;
    expect(rows[1]).toEqual(["C1", "甲公司", 1234.5, new Date(Date.UTC(2024, 2, 5))]);
    expect(rows[0]).toEqual(SHEET.rows[0]);
    expect(rows[2]).toEqual(SHEET.rows[2].slice(0, 3));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.resultBytes()) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("客户档案")?.getCell("D2").numFmt).toBe("yyyy-mm-dd");
    await expect(host.writeCells("nope", [{ address: "A1", value: 1 }])).rejects.toMatchObject({
      code: "not-found",
    });
  });

  it("records highlights and selections, and keeps settings in memory", async () => {
    const host = await openXlsx();
    const seen: string[] = [];
    host.onSelect = (sheet, address) => seen.push(`${sheet}!${address}`);
    await host.highlight([{ sheet: "客户档案", cells: ["B2"], severity: "error" }]);
    expect(host.currentHighlights()).toHaveLength(1);
    await host.clearHighlights();
    expect(host.currentHighlights()).toEqual([]);
    await host.selectCell("客户档案", "C3");
    expect(seen).toEqual(["客户档案!C3"]);
    expect(await host.selectedCell()).toEqual({ sheet: "客户档案", address: "C3" });
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings('{"version":1}');
    expect(await host.loadSettings()).toBe('{"version":1}');
  });

  it("names the result after the input", () => {
    expect(resultFileName("a.XLSX")).toBe("a-tiersheet.xlsx");
    expect(resultFileName(".csv")).toBe("workbook-tiersheet.xlsx");
  });
});

describe("FileHost.writeSheet", () => {
  it("adds a new sheet to the workbook bytes, never replacing one, text kept as text", async () => {
    const host = await openXlsx();
    const first = await host.writeSheet("客户档案", [
      ["id", "最小 min"],
      ["001", 3],
    ]);
    expect(first).toBe("客户档案 (2)");
    const names = (await host.listSheets()).map((s) => s.name);
    expect(names).toEqual(["客户档案", "客户档案 (2)"]);
    expect((await host.readSheet("客户档案")).rows[1][0]).toBe("C1");
    const written = await readXlsx(await host.resultBytes(), "out.xlsx");
    expect(written.sheets[1].rows).toEqual([
      ["id", "最小 min"],
      ["001", 3],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await host.resultBytes()) as unknown as ArrayBuffer);
    expect(book.getWorksheet("客户档案 (2)")?.getCell("A2").numFmt).toBe("@");
  });

  it("turns a .csv into an .xlsx holding both sheets", async () => {
    const csv = new TextEncoder().encode("客户编号\nC1\n");
    const host = await FileHost.open(csv, "list.csv", { applyPlanToXlsx: fakeApply });
    expect(await host.writeSheet("模板", [["id"]])).toBe("模板");
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["list", "模板"]);
  });
});

describe("FileHost.open on a file named .xlsx that is no workbook", () => {
  it("says it is not an Excel workbook, never that .xlsx is unsupported", async () => {
    const error = await FileHost.open(new TextEncoder().encode("hello"), "cut.xlsx", {
      applyPlanToXlsx: async (b) => b,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).code).toBe("not-a-workbook");
    expect((error as FileReadError).messages["en-US"]).not.toMatch(/not supported/);
  });
});
