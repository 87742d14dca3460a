import type { PlanSheet } from "../../../engine/plan/workbook-plan";
import { planSheetXml } from "./plan-sheet-xml";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const ids = new Map([
  ["header", 2],
  ["text", 3],
  ["f:yyyy-mm-dd", 4],
  ["c:title:", 5],
]);

function sheet(parts: Partial<PlanSheet>): PlanSheet {
  return {
    key: "history",
    name: "History",
    tables: [],
    cells: [],
    charts: [],
    conditionalFormats: [],
    columnWidths: [],
    ...parts,
  };
}

const table = {
  name: "t",
  row: 1,
  column: 1,
  header: ["Date", "Name"],
  rows: [[46023, "=1+1"]],
  formats: ["yyyy-mm-dd" as const, null],
  styledHeader: true,
  autoFilter: true,
};

describe("planSheetXml", () => {
  it("writes values, looks, the marker, and formula-like text as text", () => {
    const xml = decode(
      planSheetXml(sheet({ tables: [table] }), {
        styleIds: ids,
        dxfIds: new Map(),
        markerKey: "history",
      })
    );
    expect(xml).toContain('<c r="A1" s="2" t="inlineStr"><is><t>Date</t></is></c>');
    expect(xml).toContain('<c r="A2" s="4"><v>46023</v></c>');
    expect(xml).toContain('<c r="B2" s="3" t="inlineStr"><is><t>=1+1</t></is></c>');
    expect(xml).toContain('prompt="tiersheet-sheet:history" sqref="A1"');
    expect(xml).toContain('<autoFilter ref="A1:B2"/>');
    expect(xml).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    );
  });
  it("shifts date serials to a 1904 workbook's date system", () => {
    const xml = decode(
      planSheetXml(sheet({ tables: [table] }), {
        styleIds: ids,
        dxfIds: new Map(),
        markerKey: "history",
        date1904: true,
      })
    );
    expect(xml).toContain('<c r="A2" s="4"><v>44561</v></c>');
  });
  it("writes a cell that a table also writes once, the later write winning, in column order", () => {
    const xml = decode(
      planSheetXml(
        sheet({
          tables: [table],
          cells: [
            { row: 2, column: 2, value: "over" },
            { row: 2, column: 4, value: 7 },
          ],
        }),
        { styleIds: ids, dxfIds: new Map() }
      )
    );
    expect(xml).toContain(
      '<row r="2"><c r="A2" s="4"><v>46023</v></c><c r="B2" t="inlineStr"><is><t>over</t></is></c><c r="D2"><v>7</v></c></row>'
    );
    expect(xml).not.toContain("dataValidation");
  });
});

describe("planSheetXml page setup", () => {
  const xmlOf = (print: PlanSheet["print"]) =>
    decode(planSheetXml(sheet({ tables: [table], print }), { styleIds: ids, dxfIds: new Map() }));

  it("prints the grid and keeps actual size when the sheet is not fitted to the width", () => {
    const xml = xmlOf({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: false,
      gridLines: true,
    });
    expect(xml).not.toContain("fitToPage");
    expect(xml).toContain('<printOptions gridLines="1"/><pageMargins');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape"/>');
  });
  it("fits one page wide when asked, without a grid", () => {
    const xml = xmlOf({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).not.toContain("printOptions");
    expect(xml).toContain('fitToWidth="1" fitToHeight="0"');
  });
});
