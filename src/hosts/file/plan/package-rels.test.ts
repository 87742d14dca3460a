import JSZip from "jszip";
import { readRels, relsPathOf, resolveTarget } from "./package-rels";

describe("relsPathOf", () => {
  it("puts the rels beside the part in _rels", () => {
    expect(relsPathOf("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/_rels/sheet1.xml.rels");
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
  });
});

describe("resolveTarget", () => {
  it("resolves relative, dotted and absolute targets", () => {
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe(
      "xl/drawings/drawing1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet2.xml")).toBe(
      "xl/worksheets/sheet2.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "./styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet3.xml")).toBe(
      "xl/worksheets/sheet3.xml"
    );
  });
});

describe("readRels", () => {
  it("reads a part's relationships, leaving external targets as they are", async () => {
    const zip = new JSZip();
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://x/drawing" Target="../drawings/drawing1.xml"/>` +
        `<Relationship Id="rId2" Type="http://x/hyperlink" Target="https://example.com/a" TargetMode="External"/>` +
        `</Relationships>`
    );
    expect(await readRels(zip, "xl/worksheets/sheet1.xml")).toEqual([
      { id: "rId1", type: "http://x/drawing", target: "xl/drawings/drawing1.xml", external: false },
      { id: "rId2", type: "http://x/hyperlink", target: "https://example.com/a", external: true },
    ]);
    expect(await readRels(zip, "xl/worksheets/sheet2.xml")).toEqual([]);
  });
});
