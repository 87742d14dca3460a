import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { buildXlsx } from "../../src/hosts/file/build-xlsx";
import { tempDir } from "../support/run-cli";

// Issue 14: ExcelJS leaves the read and write paths. Reading an .xlsx, scoring it, writing the
// scored workbook and making a sample must not load it; and the page's FileHost opens a workbook
// and writes results without it.
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
});
