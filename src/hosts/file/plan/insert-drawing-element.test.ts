import { insertDrawingElement } from "./insert-drawing-element";

const R = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

describe("insertDrawingElement", () => {
  it("goes before tableParts and extLst, after page setup", () => {
    const xml = `<worksheet ${R}><sheetData/><pageMargins/><tableParts count="0"/><extLst/></worksheet>`;
    expect(insertDrawingElement(xml, "rId3")).toBe(
      `<worksheet ${R}><sheetData/><pageMargins/><drawing r:id="rId3"/><tableParts count="0"/><extLst/></worksheet>`
    );
  });
  it("goes last when nothing that follows it is there", () => {
    expect(insertDrawingElement(`<worksheet ${R}><sheetData/></worksheet>`, "rId1")).toBe(
      `<worksheet ${R}><sheetData/><drawing r:id="rId1"/></worksheet>`
    );
  });
  it("declares the relationships namespace when the root lacks it", () => {
    expect(insertDrawingElement(`<worksheet xmlns="x"><sheetData/></worksheet>`, "rId1")).toBe(
      `<worksheet xmlns="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><drawing r:id="rId1"/></worksheet>`
    );
  });
  it("uses the prefix the root already binds", () => {
    const xml = `<worksheet xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/></worksheet>`;
    expect(insertDrawingElement(xml, "rId2")).toContain(`<drawing rel:id="rId2"/>`);
  });
  it("refuses a sheet that already has a drawing", () => {
    expect(() =>
      insertDrawingElement(`<worksheet ${R}><sheetData/><drawing r:id="rId1"/></worksheet>`, "rId2")
    ).toThrow("already has a drawing");
  });
});
