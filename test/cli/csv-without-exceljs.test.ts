import { writeFileSync } from "fs";
import { join } from "path";
import { tempDir } from "../support/run-cli";

// ExcelJS takes a third of a second to load: reading and scoring a CSV must not need it.
describe("a CSV is validated and scored without loading ExcelJS", () => {
  const dir = tempDir();
  const file = join(dir, "customers.csv");
  writeFileSync(
    file,
    "客户编号,客户名称,最近交易日期,交易次数,累计销售额\nC1,甲公司,2026-10-01,3,1200\nC2,乙公司,2026-09-01,1,300\n"
  );

  for (const command of [["score", "--json"], ["validate"]]) {
    it(`tiersheet ${command.join(" ")}`, async () => {
      let stdout = "";
      let stderr = "";
      let code = -1;
      await jest.isolateModulesAsync(async () => {
        jest.doMock("exceljs", () => {
          throw new Error("ExcelJS was loaded");
        });
        const { main } = await import("../../src/cli/main");
        code = await main([command[0], file, ...command.slice(1), "--as-of", "2026-11-01"], {
          out: (t) => (stdout += t),
          err: (t) => (stderr += t),
          env: { LANG: "en_US.UTF-8" },
          cwd: dir,
        });
      });
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout.length).toBeGreaterThan(0);
    });
  }
});
