import { sheetTail } from "./sheet-tail";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("sheetTail", () => {
  it("is the text from the last sheetData on, whatever its prefix", () => {
    const cells = "<row><c><v>1</v></c></row>".repeat(1000);
    expect(
      sheetTail(bytes(`<worksheet><sheetData>${cells}</sheetData><dataValidations/></worksheet>`))
    ).toBe("sheetData><dataValidations/></worksheet>");
    expect(sheetTail(bytes(`<x:worksheet><x:sheetData/><x:dataValidations/></x:worksheet>`))).toBe(
      "sheetData/><x:dataValidations/></x:worksheet>"
    );
  });
  it("is the whole text of a part without sheetData", () => {
    expect(sheetTail(bytes("<worksheet>客户</worksheet>"))).toBe("<worksheet>客户</worksheet>");
  });
});
