import JSZip from "jszip";
import { join } from "path";
import { buildXlsx } from "../../src/hosts/file/build-xlsx";
import { readXlsx } from "../../src/hosts/file/read-xlsx";
import { writeWorkbookXlsx } from "../../src/hosts/file/write-xlsx";
import { readFileSync } from "fs";
import { runCli, tempDir } from "../support/run-cli";

/** Text a spreadsheet would run as a formula (OWASP CSV injection: =, +, -, @, tab, CR). */
const DANGEROUS = [
  '=HYPERLINK("http://x","y")',
  "+1",
  "-2",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  "=cmd|' /C calc'!A0",
];

async function sheetXml(
  bytes: Uint8Array
): Promise<{ sheet: string; styles: string; strings: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  return {
    sheet: await text("xl/worksheets/sheet1.xml"),
    styles: await text("xl/styles.xml"),
    strings: await text("xl/sharedStrings.xml"),
  };
}

describe("customer names that look like formulas stay text", () => {
  const workbook = {
    sheets: [
      {
        name: "客户档案",
        rows: [
          ["客户编号", "客户名称", "累计销售额"],
          ...DANGEROUS.map((name, i) => [`C00${i + 1}`, name, 100]),
        ],
      },
    ],
  };

  it("build-xlsx writes them as strings with the text format, never as formulas", async () => {
    const { sheet, styles } = await sheetXml(await buildXlsx(workbook));
    expect(sheet).not.toMatch(/<f[ >]/);
    const nameCells = [...sheet.matchAll(/<c r="B(\d+)"([^>]*)>/g)].filter(
      ([, row]) => Number(row) > 1
    );
    expect(nameCells).toHaveLength(DANGEROUS.length);
    for (const [, , attributes] of nameCells) expect(attributes).toMatch(/t="(s|str|inlineStr)"/);
    // Excel would take an edit of such a cell for a formula unless it is formatted as text ("@" = numFmtId 49).
    expect(styles).toMatch(/numFmtId="49"|formatCode="@"/);
  });

  it("read back, every name is the same text (write-xlsx then read-xlsx)", async () => {
    const file = join(tempDir(), "names.xlsx");
    await writeWorkbookXlsx(workbook, file);
    const back = await readXlsx(new Uint8Array(readFileSync(file)), "names.xlsx");
    // XML parsers turn a raw CR into LF and ExcelJS writes CR unescaped: the one change on the way back.
    expect(back.sheets[0].rows.slice(1).map((r) => r[1])).toEqual(
      DANGEROUS.map((n) => n.replace("\r", "\n"))
    );
  });

  it("score --json gives them as JSON strings (trimmed, as every text cell is), never evaluated", async () => {
    const file = join(__dirname, "..", "fixtures", "bad", "formula-injection-names.csv");
    const run = await runCli(["score", file, "--json", "--as-of", "2026-11-01"]);
    expect(run.code).toBe(0);
    const names = (JSON.parse(run.stdout) as { customers: { name: string }[] }).customers.map(
      (c) => c.name
    );
    expect(names).toEqual([
      '=HYPERLINK("http://x","y")',
      "+1",
      "-2",
      "@SUM(A1)",
      "=1+1",
      "=cmd|' /C calc'!A0",
    ]);
  });

  it("the validation text report quotes them and never starts a line with one", async () => {
    const file = join(__dirname, "..", "fixtures", "bad", "formula-injection-names.csv");
    const run = await runCli(["validate", file, "--as-of", "2026-11-01"]);
    for (const line of run.stdout.split("\n")) expect(line).not.toMatch(/^[=+\-@\t\r]/);
  });
});
