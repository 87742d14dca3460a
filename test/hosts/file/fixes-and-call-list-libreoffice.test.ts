/**
 * Fixes written into a user's cells and a call list added as a sheet (both by parts, without
 * ExcelJS) give workbooks LibreOffice opens, showing what was written, for workbooks as openpyxl,
 * LibreOffice and ExcelJS save them. Skipped where soffice is missing.
 */
import { execFileSync } from "child_process";
import { readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { strToU8, unzipSync } from "fflate";
import { addUserSheet } from "../../../src/hosts/file/add/add-user-sheet";
import { writeCellsByParts } from "../../../src/hosts/file/add/write-cells-by-parts";
import { packageOf } from "../../../src/hosts/file/xlsx/test-package.test-helper";
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

describe("a fix to the first cell of a shared formula", () => {
  maybe(
    "leaves the cells that shared it computing in LibreOffice (skipped without soffice)",
    () => {
      const dir = tempDir();
      // B1:B3 share B1's A1*10+$A$1; B2 and B3 hold no cached value, so LibreOffice must compute them.
      const rows = [1, 2, 3]
        .map((r) => {
          const b =
            r === 1
              ? '<c r="B1"><f t="shared" ref="B1:B3" si="0">A1*10+$A$1</f><v>11</v></c>'
              : `<c r="B${r}"><f t="shared" si="0"/></c>`;
          return `<row r="${r}"><c r="A${r}"><v>${r}</v></c>${b}</row>`;
        })
        .join("");
      // LibreOffice opens a package only when its part list names the workbook and the sheet.
      const types =
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
      const input = packageOf({ sheet: rows, extra: { "[Content_Types].xml": strToU8(types) } });
      const fixed = writeCellsByParts(input, "Data", [{ address: "B1", value: 99 }]);
      const file = join(dir, "shared.xlsx");
      writeFileSync(file, fixed);
      expect(csvSheets(file, dir)[0].trim().split("\n")).toEqual(["1,99", "2,21", "3,31"]);
    },
    300_000
  );
});
