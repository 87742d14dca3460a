import { sniffDelimiter } from "./sniff-delimiter";

describe("sniffDelimiter", () => {
  it("finds commas", () => expect(sniffDelimiter("a,b,c\n1,2,3\n")).toBe(","));
  it("finds semicolons even with decimal commas in the data", () =>
    expect(sniffDelimiter("客户编号;销售额;毛利\nC1;1,5;2,25\nC2;3;4\n")).toBe(";"));
  it("finds tabs", () => expect(sniffDelimiter("a\tb, c\tx\n1\t2\t3\n")).toBe("\t"));
  it("prefers the separator whose count holds across lines", () =>
    expect(sniffDelimiter("a;b,c;d\n1;2;3\n4;5;6\n")).toBe(";"));
  it("ignores separators inside quotes", () =>
    expect(sniffDelimiter('"a,b";c\n"1,2";3\n')).toBe(";"));
  it("falls back to white space when none appears", () =>
    expect(sniffDelimiter(" 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n")).toBe(
      "whitespace"
    ));
  it("takes a single column as comma-separated", () =>
    expect(sniffDelimiter("name\n甲\n乙\n")).toBe(","));
  it("takes empty text as comma-separated", () => expect(sniffDelimiter("\n\n")).toBe(","));
});
