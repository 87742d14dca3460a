import ExcelJS from "exceljs";
import { copyFileSync } from "fs";
import { join } from "path";
import { runCli, tempDir } from "../support/run-cli";

const EXAMPLE = join(__dirname, "..", "..", "examples", "customers.xlsx");

describe("tiersheet refresh on a workbook whose add-in sheet holds a user's note", () => {
  it("keeps the note on a sheet of its own and says so", async () => {
    const dir = tempDir();
    const file = join(dir, "book.xlsx");
    copyFileSync(EXAMPLE, file);
    expect((await runCli(["refresh", file, "--as-of", "2026-10-01"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const tiers = wb.getWorksheet("TierSheet Tiers")!;
    tiers.getCell("AZ3").value = "call him back on Monday";
    await wb.xlsx.writeFile(file);

    const run = await runCli(["refresh", file, "--as-of", "2026-11-01"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /AZ3.*were not written by TierSheet; they were moved, unchanged, to sheet/
    );
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(file);
    const kept = after.worksheets.find((w) =>
      w
        .getSheetValues()
        .some((row) => Array.isArray(row) && row.includes("call him back on Monday"))
    );
    expect(kept?.name).toMatch(/notes/i);
  });
});
