import { tagAttributes } from "./xml-attributes";

describe("tagAttributes", () => {
  it("reads attributes in any order and quote style, self-closed or not, unescaping entities", () => {
    const xml = `<Relationships><Relationship Target="a&amp;b.xml" Id='rId1'/><Relationship Id="rId2" Type="t"></Relationship></Relationships>`;
    expect(tagAttributes(xml, "Relationship")).toEqual([
      { Target: "a&b.xml", Id: "rId1" },
      { Id: "rId2", Type: "t" },
    ]);
  });
  it("does not take a longer tag name for the one asked", () => {
    expect(
      tagAttributes(
        `<Relationships x="1"><sheets/><sheet name="&#x5BA2;&#25143;"/></Relationships>`,
        "sheet"
      )
    ).toEqual([{ name: "客户" }]);
  });
  it("keeps a prefix as part of the attribute name", () => {
    expect(tagAttributes(`<sheet name="S" sheetId="3" r:id="rId3"/>`, "sheet")).toEqual([
      { name: "S", sheetId: "3", "r:id": "rId3" },
    ]);
  });
});
