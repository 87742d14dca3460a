import { addSharedString } from "./add-shared-string";

describe("addSharedString", () => {
  it("appends the string after the existing ones and counts it", () => {
    const sst =
      '<?xml?><sst xmlns="x" count="3" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>';
    expect(addSharedString(sst, "")).toEqual({
      xml: '<?xml?><sst xmlns="x" count="3" uniqueCount="3"><si><t>a</t></si><si><t>b</t></si><si><t xml:space="preserve"></t></si></sst>',
      index: 2,
    });
  });
  it("fills an empty table and escapes the text", () => {
    expect(addSharedString('<sst xmlns="x"/>', "a&b")).toEqual({
      xml: '<sst xmlns="x"><si><t xml:space="preserve">a&amp;b</t></si></sst>',
      index: 0,
    });
  });
  it("refuses a part without sst", () => {
    expect(() => addSharedString("<x/>", "")).toThrow("sst");
  });
});
