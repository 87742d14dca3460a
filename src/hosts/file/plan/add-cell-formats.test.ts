import { addCellFormats } from "./add-cell-formats";

const STYLES =
  '<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>' +
  '<fonts count="1"><font/></fonts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="170"/></cellXfs></styleSheet>';

describe("addCellFormats", () => {
  const { xml, ids } = addCellFormats(STYLES, ["#,##0.00", "0.0%", "yyyy-mm-dd", "@", "0.0%"]);

  it("appends one xf per distinct code after the existing ones", () => {
    expect(ids).toEqual(
      new Map([
        ["#,##0.00", 2],
        ["0.0%", 3],
        ["yyyy-mm-dd", 4],
        ["@", 5],
      ])
    );
    expect(xml).toContain(
      '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="4" '
    );
  });
  it("uses built-in ids, reuses the part's own formats and numbers new ones after them", () => {
    expect(xml).toContain(
      '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    );
    expect(xml).toContain('<xf numFmtId="170" fontId="0"');
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="171" formatCode="yyyy-mm-dd"/>');
  });
  it("creates the numFmts element when the part has none", () => {
    const plain =
      '<styleSheet xmlns="x"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>';
    const added = addCellFormats(plain, ["0.0", '"x"0']);
    expect(added.xml).toContain(
      '<styleSheet xmlns="x"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="&quot;x&quot;0"/></numFmts>'
    );
    expect(added.ids.get('"x"0')).toBe(2);
  });
  it("refuses a part without cellXfs", () => {
    expect(() => addCellFormats("<styleSheet/>", ["0"])).toThrow("cellXfs");
  });
});
