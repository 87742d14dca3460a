/**
 * Fixes written into a user's cells and a call list added as a sheet (both by parts, without
 * ExcelJS) give workbooks LibreOffice opens, showing what was written, for workbooks as openpyxl,
 * LibreOffice and ExcelJS save them. Skipped where soffice is missing.
 */
import { execFileSync } from "child_process";
import { readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import { addUserSheet } from "../../../src/hosts/file/add/add-user-sheet";
import { writeCellsByParts } from "../../../src/hosts/file/add/write-cells-by-parts";
import { tempDir } from "../../support/run-cli";

const FIXTURES = join(__dirname, "../../fixtures/xlsx");
const ROOT = join(__dirname, "../../..");

function sofficeWorks(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Every sheet of the workbook as LibreOffice exports it to CSV (UTF-8), by file name. */
function csvSheets(file: string, dir: string): string[] {
  const out = join(dir, "csv");
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 }
  );
  return readdirSync(out)
    .sort()
    .map((f) => readFileSync(join(out, f), "utf8"));
}

const maybe = sofficeWorks() ? it : it.skip;

describe.each([
  ["openpyxl", join(FIXTURES, "corpus-openpyxl.xlsx"), "客户档案"],
  ["LibreOffice", join(FIXTURES, "corpus-libreoffice.xlsx"), "客户档案"],
  ["ExcelJS", join(ROOT, "examples/customers.xlsx"), null],
])("a workbook saved by %s", (_, source, named) => {
  maybe(
    "opens in LibreOffice with the fixes and the call list (skipped without soffice)",
    () => {
      const dir = tempDir();
      const input = new Uint8Array(readFileSync(source));
      const sheet =
        named ??
        (/<sheet [^>]*name="([^"]+)"/.exec(
          new TextDecoder().decode(unzipSync(input)["xl/workbook.xml"])
        )?.[1] as string);
      const fixed = writeCellsByParts(input, sheet, [
        { address: "B2", value: "=不是公式" },
        { address: "C3", value: 4096 },
        { address: "Z40", value: "2026-02-03", date: true },
      ]);
      const { bytes } = addUserSheet(fixed, "Call list", [
        ["id", "phone"],
        ["C1", "+86 138"],
      ]);
      const file = join(dir, "out.xlsx");
      writeFileSync(file, bytes);
      const sheets = csvSheets(file, dir);
      const first = sheets.find((csv) => csv.includes("=不是公式")) ?? "";
      expect(first.split("\n")[1]).toContain("=不是公式");
      expect(first.split("\n")[2]).toContain("4096");
      expect(first.split("\n")[39]).toContain("2026-02-03");
      expect(sheets.some((csv) => csv.startsWith("id,phone") && csv.includes("+86 138"))).toBe(
        true
      );
    },
    300_000
  );
});
