import { workbookPartPath } from "./workbook-part-path";

const rels = (target: string) =>
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
  `Target="${target}"/></Relationships>`;

describe("workbookPartPath", () => {
  it("follows the root relationships to the workbook part", () => {
    expect(workbookPartPath(rels("xl/book.xml"))).toBe("xl/book.xml");
    expect(workbookPartPath(rels("/xl/workbook2.xml"))).toBe("xl/workbook2.xml");
  });

  it("falls back to xl/workbook.xml without root relationships or an officeDocument one", () => {
    expect(workbookPartPath(null)).toBe("xl/workbook.xml");
    expect(workbookPartPath("<Relationships/>")).toBe("xl/workbook.xml");
  });

  it("parses with the reader it is given", () => {
    const read = jest.fn(() => []);
    expect(workbookPartPath(rels("x.xml"), read)).toBe("xl/workbook.xml");
    expect(read).toHaveBeenCalledTimes(1);
  });
});
