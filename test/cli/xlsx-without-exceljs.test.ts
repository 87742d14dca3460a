import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { buildXlsx } from "../../src/hosts/file/build-xlsx";
import { tempDir } from "../support/run-cli";

// Issue 14: ExcelJS leaves the read and write paths. Reading an .xlsx, scoring it, writing the
// scored workbook and making a sample must not load it; and the page's FileHost opens a workbook
// and writes results without it; writing confirmed fixes into the user's cells and adding a call
// list sheet do not load it either (both are written by parts, src/hosts/file/add/).
describe("workbooks are read, scored and written without loading ExcelJS", () => {
  const dir = tempDir();
  const file = join(dir, "customers.xlsx");

  beforeAll(async () => {
    const rows = [
      ["客户编号", "客户名称", "最近交易日期", "交易次数", "累计销售额"],
      ["C1", "甲公司", "2026-10-01", 3, 1200],
      ["C2", "乙公司", "2026-09-01", 1, 300],
    ];
    writeFileSync(file, await buildXlsx({ sheets: [{ name: "客户档案", rows }] }));
  });

  for (const command of [
    ["score", file, "-o", join(dir, "out.xlsx"), "--force"],
    ["sample", "--kind", "enterprise", "--rows", "50", "-o", join(dir, "s.xlsx"), "--force"],
  ]) {
    it(`tiersheet ${command[0]}`, async () => {
      let stderr = "";
      let code = -1;
      await jest.isolateModulesAsync(async () => {
        jest.doMock("exceljs", () => {
          throw new Error("ExcelJS was loaded");
        });
        const { main } = await import("../../src/cli/main");
        code = await main([...command, "--as-of", "2026-11-01"], {
          out: () => undefined,
          err: (t) => (stderr += t),
          env: { LANG: "en_US.UTF-8" },
          cwd: dir,
        });
      });
      expect(stderr).toBe("");
      expect(code).toBe(0);
    });
  }

  it("FileHost (browser mode) opens a workbook and writes results", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock("exceljs", () => {
        throw new Error("ExcelJS was loaded");
      });
      const { FileHost } = await import("../../src/hosts/file/file-host");
      const { applyPlanToXlsx } = await import("../../src/hosts/file/plan/apply-plan");
      const { scoreRequest } = await import("../../src/app/score");
      const { writeResults } = await import("../../src/app/write-results");
      const { DEFAULT_SETTINGS } = await import("../../src/engine/settings");
      const { dayFromIso } = await import("../../src/engine/day");
      const host = await FileHost.open(new Uint8Array(readFileSync(file)), "customers.xlsx", {
        applyPlanToXlsx,
      });
      const outcome = scoreRequest(host.workbook(), {
        asOf: dayFromIso("2026-11-01") as number,
        settings: DEFAULT_SETTINGS,
      });
      if (!("run" in outcome)) throw new Error("nothing scored");
      await writeResults(host, outcome.run, "en-US");
      expect(host.workbook().sheets.length).toBeGreaterThan(1);
    });
  });
  it("FileHost writes confirmed fixes and a call list", async () => {
    const typed = join(dir, "typed.xlsx");
    const rows = [
      ["客户编号", "客户名称", "最近交易日期", "交易次数", "累计销售额"],
      ["C1", "甲公司", "2026年10月1日", 3, "1,200"],
      ["C2", "乙公司", "2026-09-01", 1, 300],
    ];
    writeFileSync(typed, await buildXlsx({ sheets: [{ name: "客户档案", rows }] }));
    await jest.isolateModulesAsync(async () => {
      jest.doMock("exceljs", () => {
        throw new Error("ExcelJS was loaded");
      });
      const { FileHost } = await import("../../src/hosts/file/file-host");
      const { applyPlanToXlsx } = await import("../../src/hosts/file/plan/apply-plan");
      const { runCheck, applyFixes } = await import("../../src/app/check");
      const { scoreRequest } = await import("../../src/app/score");
      const { writeChurnList } = await import("../../src/app/churn-list");
      const { DEFAULT_SETTINGS } = await import("../../src/engine/settings");
      const { dayFromIso } = await import("../../src/engine/day");
      const asOf = dayFromIso("2026-11-01") as number;
      const host = await FileHost.open(new Uint8Array(readFileSync(typed)), "typed.xlsx", {
        applyPlanToXlsx,
      });
      const check = runCheck(
        host.workbook(),
        { sheetName: null, templateId: null },
        DEFAULT_SETTINGS,
        asOf
      );
      if (check === null) throw new Error("nothing checked");
      expect(await applyFixes(host, check)).toBe(2);
      const fixed = host.workbook().sheets[0].rows[1];
      expect(fixed[2]).toEqual(new Date(Date.UTC(2026, 9, 1)));
      expect(fixed[4]).toBe(1200);

      const outcome = scoreRequest(host.workbook(), { asOf, settings: DEFAULT_SETTINGS });
      if (!("run" in outcome)) throw new Error("nothing scored");
      const name = await writeChurnList(host, outcome.run, "call", "en-US");
      expect(host.workbook().sheets.map((s) => s.name)).toContain(name);
    });
  });
});
