import { dayFromIso } from "../engine/day";
import { DEFAULT_SETTINGS } from "../engine/settings";
import { INDIVIDUAL_TEMPLATE } from "../engine/template/individual";
import { FileHost } from "../hosts/file/file-host";
import { buildXlsx } from "../hosts/file/build-xlsx";
import { readWorkbook, isAbort } from "./read-workbook";
import { runCheck } from "./check";

const asOf = dayFromIso("2026-11-01")!;
const workbook = {
  sheets: [
    { name: "说明", rows: [["这是说明"]] },
    {
      name: "客户档案",
      rows: [
        ["客户编号", "客户名称", "联系电话", "累计销售额"],
        ["C1", "甲公司", "12345", "1,234.50"],
        ["C1", "乙公司", "13800138000", 10],
      ],
    },
  ],
};

describe("runCheck", () => {
  it("uses a template given whole (from Settings) over the detected one", () => {
    const mine = { ...INDIVIDUAL_TEMPLATE, id: "from-sheet" };
    const result = runCheck(
      workbook,
      { sheetName: "客户档案", templateId: null, template: mine },
      DEFAULT_SETTINGS,
      asOf
    );
    expect(result?.opened.template.id).toBe("from-sheet");
  });

  it("detects the sheet and template and validates", () => {
    const result = runCheck(
      workbook,
      { sheetName: null, templateId: null },
      DEFAULT_SETTINGS,
      asOf
    );
    expect(result?.opened.sheet.name).toBe("客户档案");
    expect(result?.opened.template.id).toBe("enterprise");
    expect(result?.report.byCode["type-error"]).toBe(1);
    expect(result?.report.byCode["unique-error"]).toBe(1);
    expect(result?.report.byCode["format-fix"]).toBe(1);
  });

  it("uses the sheet and template the user chose, and gives null for a missing sheet", () => {
    const chosen = runCheck(
      workbook,
      { sheetName: "客户档案", templateId: "individual" },
      DEFAULT_SETTINGS,
      asOf
    );
    expect(chosen?.opened.template.id).toBe("individual");
    expect(
      runCheck(workbook, { sheetName: "nope", templateId: null }, DEFAULT_SETTINGS, asOf)
    ).toBeNull();
  });
});

describe("readWorkbook", () => {
  it("reads every sheet through the host, with each sheet's rows as progress", async () => {
    const bytes = await buildXlsx(workbook);
    const host = await FileHost.open(bytes, "a.xlsx", { applyPlanToXlsx: async (b) => b });
    const progress: string[] = [];
    const read = await readWorkbook(host, { onProgress: (d, t) => progress.push(`${d}/${t}`) });
    expect(read.sheets.map((s) => s.name)).toEqual(["说明", "客户档案"]);
    // FileHost holds the rows already: each sheet reports all of its rows at once.
    expect(progress).toEqual(["1/1", "3/3"]);
  });

  it("stops when cancelled", async () => {
    const bytes = await buildXlsx(workbook);
    const host = await FileHost.open(bytes, "a.xlsx", { applyPlanToXlsx: async (b) => b });
    const controller = new AbortController();
    controller.abort();
    const error = await readWorkbook(host, { signal: controller.signal }).catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
  });
});
