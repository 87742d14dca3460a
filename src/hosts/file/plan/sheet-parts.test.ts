import JSZip from "jszip";
import { sheetParts } from "./sheet-parts";

describe("sheetParts", () => {
  it("maps each sheet name to its part through the workbook's rels", async () => {
    const zip = new JSZip();
    zip.file(
      "xl/workbook.xml",
      `<workbook><sheets><sheet name="客户 &amp; 档案" sheetId="1" r:id="rId2"/><sheet name="Chart1" sheetId="2" r:id="rId1"/></sheets></workbook>`
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      `<Relationships><Relationship Id="rId1" Type="cs" Target="chartsheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="ws" Target="/xl/worksheets/sheet1.xml"/></Relationships>`
    );
    expect(await sheetParts(zip)).toEqual([
      { name: "客户 & 档案", path: "xl/worksheets/sheet1.xml" },
      { name: "Chart1", path: "xl/chartsheets/sheet1.xml" },
    ]);
  });
  it("gives no sheets for a zip without a workbook part", async () => {
    expect(await sheetParts(new JSZip())).toEqual([]);
  });
});
