import { FORMATS, type PlanTable } from "../../../engine/plan/workbook-plan";
import { ByteSink } from "./byte-sink";
import { writeTableBody } from "./table-body-xml";

/** The body as text, as the sheet part will hold it. */
function tableBodyXml(table: PlanTable, ids: ReadonlyMap<string, number>, empty?: number): string {
  const sink = new ByteSink();
  writeTableBody(sink, table, ids, empty);
  return new TextDecoder().decode(sink.bytes());
}

const table: PlanTable = {
  name: "t",
  row: 3,
  column: 2,
  header: ["Id", "Sales", "Paid"],
  rows: [
    ["C1 & <co>", 10.5, true, "beyond the header"],
    [null, Number.NaN, null],
    ["=SUM(A1)", null, false],
    [" padded ", -0.25, null],
    ["", null, null],
  ],
  formats: [null, FORMATS.money, null],
  styledHeader: true,
  autoFilter: false,
};
const ids = new Map([
  [FORMATS.money, 7],
  ["@", 9],
]);

describe("writeTableBody", () => {
  const xml = tableBodyXml(table, ids);
  it("writes each row below the header, from the table's column, escaping text", () => {
    expect(xml).toContain(
      '<row r="4"><c r="B4" t="inlineStr"><is><t>C1 &amp; &lt;co&gt;</t></is></c><c r="C4" s="7"><v>10.5</v></c><c r="D4" t="b"><v>1</v></c></row>'
    );
  });
  it("makes no row for a row of blanks and no cell beyond the header", () => {
    expect(xml).not.toContain('r="5"');
    expect(xml).not.toContain("beyond");
  });
  it("gives formula-like text the text format and keeps leading and trailing spaces", () => {
    expect(xml).toContain('<c r="B6" s="9" t="inlineStr"><is><t>=SUM(A1)</t></is></c>');
    expect(xml).toContain('<c r="D6" t="b"><v>0</v></c>');
    expect(xml).toContain('<t xml:space="preserve"> padded </t>');
    expect(xml).toContain('<c r="C7" s="7"><v>-0.25</v></c>');
  });
  it("writes empty text as the given shared string, else inline", () => {
    expect(tableBodyXml(table, ids, 12)).toContain(
      '<row r="8"><c r="B8" t="s"><v>12</v></c></row>'
    );
    expect(xml).toContain('<row r="8"><c r="B8" t="inlineStr"><is><t></t></is></c></row>');
  });
});
