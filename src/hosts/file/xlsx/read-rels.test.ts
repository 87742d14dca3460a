import { readRels, relsPathOf, resolveTarget } from "./read-rels";

describe("read-rels", () => {
  it("resolves relative, parent and absolute targets and keeps external ones", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml"
    );
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/d.xml")).toBe(
      "xl/drawings/d.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    const rels = readRels(
      "xl/worksheets/sheet1.xml",
      `<Relationships><Relationship Id="rId1" Type="http://x/relationships/hyperlink" Target="https://a.cn/%20b" TargetMode="External"/><Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/drawing" Target="../drawings/drawing%201.xml"/></Relationships>`
    );
    expect(rels).toEqual([
      { id: "rId1", kind: "hyperlink", target: "https://a.cn/%20b", external: true },
      { id: "rId2", kind: "drawing", target: "xl/drawings/drawing 1.xml", external: false },
    ]);
  });
});
