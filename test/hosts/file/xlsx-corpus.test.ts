/**
 * Workbooks as other programs save them (test/fixtures/xlsx/make-corpus.sh: ExcelJS, openpyxl with a
 * chart, a note, a table, a defined name, a validation, print titles, a picture and a protected
 * sheet, LibreOffice, a 1904 workbook) are scored and refreshed, and every part of the input comes
 * out byte for byte but the four the add-in edits.
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import { readXlsx } from "../../../src/hosts/file/read-xlsx";
import { previousHistory } from "../../../src/engine/history/snapshot";
import { dayFromIso } from "../../../src/engine/day";
import { runCli, STACK_TRACE, tempDir } from "../../support/run-cli";

const FIXTURES = join(__dirname, "../../fixtures/xlsx");
const ROOT = join(__dirname, "../../..");
const EDITED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);
const CORPUS: [string, string][] = [
  ["ExcelJS", join(ROOT, "examples/customers.xlsx")],
  ["openpyxl", join(FIXTURES, "corpus-openpyxl.xlsx")],
  ["LibreOffice", join(FIXTURES, "corpus-libreoffice.xlsx")],
  ["openpyxl, 1904 dates", join(FIXTURES, "corpus-1904.xlsx")],
];

function parts(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(file)));
}

/** The parts of `before` that `after` changed or lost, but the four the add-in edits. */
function changedParts(
  before: Record<string, Uint8Array>,
  after: Record<string, Uint8Array>
): string[] {
  return Object.keys(before).filter((path) => {
    if (EDITED.has(path)) return false;
    const b = before[path];
    const a = after[path];
    return a === undefined || a.length !== b.length || a.some((byte, i) => byte !== b[i]);
  });
}

function sofficeWorks(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

describe.each(CORPUS)("a workbook saved by %s", (_, source) => {
  const dir = tempDir();
  const input = join(dir, "book.xlsx");
  copyFileSync(source, input);
  const scored = join(dir, "scored.xlsx");

  it("scores into a copy with every original part unchanged", async () => {
    const run = await runCli(["score", input, "--as-of", "2026-01-01", "-o", scored], dir);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    expect(changedParts(parts(input), parts(scored))).toEqual([]);
  });

  it("refreshes with the user's parts still unchanged and the history continued in its own dates", async () => {
    const run = await runCli(["refresh", scored, "--as-of", "2026-02-01"], dir);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    expect(changedParts(parts(input), parts(scored))).toEqual([]);
    const workbook = await readXlsx(new Uint8Array(readFileSync(scored)), "scored.xlsx");
    const dates = [...new Set(previousHistory(workbook).map((r) => r.date))].sort();
    expect(dates).toEqual([dayFromIso("2026-01-01"), dayFromIso("2026-02-01")]);
  });
});

describe("the corpus workbooks' contents", () => {
  it("keeps the defined name a formula on another sheet uses, and the print titles", () => {
    const dir = tempDir();
    const input = join(dir, "book.xlsx");
    copyFileSync(join(FIXTURES, "corpus-openpyxl.xlsx"), input);
    return runCli(["score", input, "--as-of", "2026-01-01", "-o", join(dir, "s.xlsx")], dir).then(
      () => {
        const workbook = new TextDecoder().decode(parts(join(dir, "s.xlsx"))["xl/workbook.xml"]);
        expect(workbook).toContain('<definedName name="税率">计算!$C$1</definedName>');
        expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">/);
      }
    );
  });

  it("writes dates in a 1904 workbook in its own date system", async () => {
    const dir = tempDir();
    const input = join(dir, "book.xlsx");
    copyFileSync(join(FIXTURES, "corpus-1904.xlsx"), input);
    const out = join(dir, "s.xlsx");
    expect((await runCli(["score", input, "--as-of", "2026-01-01", "-o", out], dir)).code).toBe(0);
    const workbook = await readXlsx(new Uint8Array(readFileSync(out)), "s.xlsx");
    const history = workbook.sheets.find((s) => s.outputKey === "history");
    // 2026-01-01 is serial 46023 counted from 1900, 46023 - 1462 = 44561 from 1904.
    expect(history?.rows[1][0]).toEqual(new Date(Date.UTC(2026, 0, 1)));
    const sheetXml = Object.entries(parts(out)).find(
      ([path, data]) =>
        path.startsWith("xl/worksheets/") &&
        new TextDecoder().decode(data).includes("tiersheet-sheet:history")
    );
    const xml = new TextDecoder().decode(sheetXml?.[1]);
    expect(xml.includes('<c r="A2" s=') && /<c r="A2" s="\d+"><v>44561<\/v>/.test(xml)).toBe(true);
  });

  const maybe = sofficeWorks() ? it : it.skip;
  maybe(
    "LibreOffice converts every scored output (skipped without soffice)",
    async () => {
      for (const [, source] of CORPUS) {
        const dir = tempDir();
        const input = join(dir, "book.xlsx");
        copyFileSync(source, input);
        expect(
          (await runCli(["score", input, "--as-of", "2026-01-01", "-o", join(dir, "s.xlsx")], dir))
            .code
        ).toBe(0);
        execFileSync(
          "soffice",
          ["--headless", "--convert-to", "csv", "--outdir", join(dir, "out"), join(dir, "s.xlsx")],
          {
            stdio: "ignore",
            timeout: 120_000,
          }
        );
        expect(existsSync(join(dir, "out", "s.csv"))).toBe(true);
      }
    },
    600_000
  );
});
