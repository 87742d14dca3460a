/**
 * Fixes written into workbooks as openpyxl and LibreOffice save them (test/fixtures/xlsx/make-corpus.sh):
 * the values read back by the project's own reader, and every part but the edited sheet (and the
 * styles part, only when a date needed a date style) byte for byte as it was.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { readXlsx } from "../read-xlsx";
import { dateSerial, writeCellsByParts } from "./write-cells-by-parts";

const FIXTURES = join(__dirname, "../../../../test/fixtures/xlsx");
const load = (file: string) => new Uint8Array(readFileSync(join(FIXTURES, file)));

/** Parts of `before` that `after` changed or lost. */
function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzipSync(after);
  const b = unzipSync(before);
  return Object.keys(b).filter((path) => {
    const x = a[path];
    return x === undefined || Buffer.compare(Buffer.from(x), Buffer.from(b[path])) !== 0;
  });
}

describe.each([
  ["openpyxl", "corpus-openpyxl.xlsx", false],
  ["LibreOffice", "corpus-libreoffice.xlsx", false],
  ["openpyxl, 1904 dates", "corpus-1904.xlsx", true],
])("fixes in a workbook saved by %s", (_, file, date1904) => {
  const input = load(file);

  it("read back as written; only the sheet's part changes", async () => {
    const out = writeCellsByParts(input, "客户档案", [
      { address: "B2", value: "=不是公式" },
      { address: "C3", value: 2048 },
      { address: "G2", value: "2026-02-03", date: true },
      { address: "J30", value: "新行" },
    ]);
    const rows = (await readXlsx(out, file)).sheets.find((s) => s.name === "客户档案")?.rows ?? [];
    expect(rows[1][1]).toBe("=不是公式");
    expect(rows[2][2]).toBe(2048);
    expect(rows[1][6]).toEqual(new Date(Date.UTC(2026, 1, 3)));
    expect(rows[29][9]).toBe("新行");
    // G2 already shows a date in these workbooks, so the styles part is not touched either.
    expect(changedParts(input, out)).toEqual(["xl/worksheets/sheet1.xml"]);
    const sheet = new TextDecoder().decode(unzipSync(out)["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain(`<v>${dateSerial("2026-02-03", date1904)}</v>`);
  });

  it("a date in a cell whose style shows none appends one date style", async () => {
    const out = writeCellsByParts(input, "客户档案", [
      { address: "C2", value: "2026-02-03", date: true },
    ]);
    const rows = (await readXlsx(out, file)).sheets.find((s) => s.name === "客户档案")?.rows ?? [];
    expect(rows[1][2]).toEqual(new Date(Date.UTC(2026, 1, 3)));
    expect(changedParts(input, out).sort()).toEqual(["xl/styles.xml", "xl/worksheets/sheet1.xml"]);
  });
});

describe("a fix over a formula", () => {
  it("drops a calculation chain, which Excel rebuilds, and keeps the rest", async () => {
    const parts = unzipSync(load("corpus-openpyxl.xlsx"));
    const td = new TextDecoder();
    parts["xl/calcChain.xml"] = strToU8(
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="2"/></calcChain>'
    );
    parts["xl/_rels/workbook.xml.rels"] = strToU8(
      td
        .decode(parts["xl/_rels/workbook.xml.rels"])
        .replace(
          "</Relationships>",
          '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
        )
    );
    parts["[Content_Types].xml"] = strToU8(
      td
        .decode(parts["[Content_Types].xml"])
        .replace(
          "</Types>",
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
        )
    );
    const input = zipSync(parts);
    const untouched = writeCellsByParts(input, "计算", [{ address: "C1", value: 0.2 }]);
    expect(unzipSync(untouched)["xl/calcChain.xml"]).toBeDefined();

    const out = writeCellsByParts(input, "计算", [{ address: "B1", value: 13 }]);
    const after = unzipSync(out);
    expect(after["xl/calcChain.xml"]).toBeUndefined();
    expect(td.decode(after["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
    expect(td.decode(after["[Content_Types].xml"])).not.toContain("calcChain");
    expect(changedParts(input, out).sort()).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/calcChain.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    const rows = (await readXlsx(out, "book.xlsx")).sheets.find((s) => s.name === "计算")?.rows;
    expect(rows?.[0][1]).toBe(13);
  });

  it("fixes the first cell of a shared formula, giving the cells that shared it the formula itself", async () => {
    const parts = unzipSync(load("corpus-openpyxl.xlsx"));
    parts["xl/worksheets/sheet2.xml"] = strToU8(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">' +
        '<c r="A1"><f t="shared" ref="A1:B1" si="0">C1</f><v>1</v></c><c r="B1"><f t="shared" si="0"/><v>1</v></c>' +
        "</row></sheetData></worksheet>"
    );
    const out = writeCellsByParts(zipSync(parts), "计算", [{ address: "A1", value: 5 }]);
    const sheet = new TextDecoder().decode(unzipSync(out)["xl/worksheets/sheet2.xml"]);
    expect(sheet).toContain('<c r="A1"><v>5</v></c><c r="B1"><f>D1</f><v>1</v></c>');
    const rows = (await readXlsx(out, "book.xlsx")).sheets.find((s) => s.name === "计算")?.rows;
    expect(rows?.[0]).toEqual([5, 1]);
  });
});

describe("dateSerial", () => {
  it("counts days in either date system", () => {
    expect(dateSerial("1900-03-01", false)).toBe(61);
    expect(dateSerial("1904-01-02", true)).toBe(1);
    expect(dateSerial("2026-13-01x", false)).toBeNull();
  });
});
