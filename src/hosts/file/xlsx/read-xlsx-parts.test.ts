import { strToU8, zipSync } from "fflate";
import { isFileReadError } from "../file-error";
import { readXlsxParts } from "./read-xlsx-parts";
import { packageOf } from "./test-package.test-helper";

const STYLES = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`;

function rowsOf(bytes: Uint8Array): unknown[][] {
  return readXlsxParts(bytes, "t.xlsx").sheets[0].rows;
}

function errorOf(run: () => unknown): { code: string; en: string; zh: string } {
  try {
    run();
  } catch (error) {
    if (!isFileReadError(error)) throw error;
    return { code: error.code, en: error.messages["en-US"], zh: error.messages["zh-CN"] };
  }
  throw new Error("no error");
}

/** Where `text` first stands in `bytes` (ASCII). */
function indexOfText(bytes: Uint8Array, text: string): number {
  const needle = strToU8(text);
  for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (needle.every((b, j) => bytes[i + j] === b)) return i;
  }
  throw new Error(`${text} not found`);
}

describe("readXlsxParts", () => {
  it("reads sheets written with namespace prefixes (the OpenXML SDK's x:)", () => {
    const bytes = packageOf({
      prefix: "x:",
      sheet: `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>客户编号</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row>`,
    });
    expect(rowsOf(bytes)).toEqual([["客户编号", 5]]);
  });

  it("reads strict OOXML's relationship types", () => {
    const bytes = packageOf({
      relNs: "http://purl.oclc.org/ooxml/officeDocument/relationships",
      sheet: `<row r="2"><c r="B2"><v>1.5</v></c></row>`,
    });
    expect(rowsOf(bytes)).toEqual([[], [null, 1.5]]);
  });

  it("reads dates in the 1900 and the 1904 date systems alike", () => {
    const sheet = `<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>43830</v></c></row>`;
    expect(rowsOf(packageOf({ sheet, styles: STYLES }))).toEqual([
      [new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2019, 11, 31))],
    ]);
    const in1904 = packageOf({
      sheet: `<row r="1"><c r="A1" s="1"><v>43830</v></c></row>`,
      styles: STYLES,
      workbookPr: `<workbookPr date1904="1"/>`,
    });
    expect(rowsOf(in1904)).toEqual([[new Date(Date.UTC(2024, 0, 1))]]);
  });

  it("names the part and the cell of a shared string index out of range, in both languages", () => {
    const bytes = packageOf({
      sheet: `<row r="3"><c r="C3" t="s"><v>7</v></c></row>`,
      sharedStrings: `<sst><si><t>only</t></si></sst>`,
    });
    const error = errorOf(() => readXlsxParts(bytes, "t.xlsx"));
    expect(error.code).toBe("corrupt");
    expect(error.en).toContain('sheet "Data"');
    expect(error.en).toContain("xl/worksheets/sheet1.xml");
    expect(error.en).toContain("cell C3 refers to shared string 7");
    expect(error.zh).toContain("单元格 C3");
  });

  it("says in words what is wrong with malformed XML", () => {
    const bytes = packageOf({ sheet: `<row r="1"><c r="A1"><v>1</v></row>` });
    const error = errorOf(() => readXlsxParts(bytes, "t.xlsx"));
    expect(error.en).toMatch(
      /xl\/worksheets\/sheet1\.xml.*end tag <\/row> comes where <c> is still open/
    );
  });

  it("never inflates a part it does not need, and refuses a needed part past the cap by name", () => {
    const huge = new Uint8Array(64 * 1_048_576);
    const bytes = packageOf({
      sheet: `<row r="1"><c r="A1"><v>1</v></c></row>`,
      extra: { "xl/media/huge.bin": huge, "xl/drawings/drawing1.xml": strToU8("<not xml") },
    });
    expect(readXlsxParts(bytes, "t.xlsx", { maxPartBytes: 1_048_576 }).sheets[0].rows).toEqual([
      [1],
    ]);
    const big = `<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(2_000_000)}</t></is></c></row>`;
    const error = errorOf(() =>
      readXlsxParts(packageOf({ sheet: big }), "t.xlsx", { maxPartBytes: 1_048_576 })
    );
    expect(error.en).toContain("xl/worksheets/sheet1.xml");
    expect(error.en).toContain("past the limit of 1 MB");
  });

  it("skips phonetic guides, joins rich runs and decodes Excel's _xHHHH_ escapes in shared strings", () => {
    const bytes = packageOf({
      sheet: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`,
      sharedStrings: `<sst><si><r><t>上海</t></r><r><t xml:space="preserve"> 华信</t></r><rPh><t>シャンハイ</t></rPh></si><si><t>a_x000D_b &amp; c</t></si></sst>`,
    });
    expect(rowsOf(bytes)).toEqual([["上海 华信", "a\rb & c"]]);
  });

  it("refuses a part whose checksum does not match", () => {
    // A fixed time: the zip header holds it, and a "<" there would be found instead of the part's.
    const good = zipSync(
      { "xl/workbook.xml": strToU8("<workbook><sheets/></workbook>") },
      { level: 0, mtime: new Date(2020, 0, 1) }
    );
    const at = indexOfText(good, "<workbook>");
    const bad = good.slice();
    bad[at + 1] = "W".charCodeAt(0);
    expect(errorOf(() => readXlsxParts(bad, "t.xlsx")).en).toContain("checksum");
  });
});
