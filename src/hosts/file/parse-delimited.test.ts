import { parseDelimited } from "./parse-delimited";

describe("parseDelimited", () => {
  it("splits plain fields and keeps empty ones as empty strings", () => {
    expect(parseDelimited("a,b,c\n1,,3\n", ",")).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
    ]);
  });

  it("reads quoted delimiters, doubled quotes and line breaks inside quotes", () => {
    expect(parseDelimited('id,note\n1,"a, ""b""\nc"\n2,x', ",")).toEqual([
      ["id", "note"],
      ["1", 'a, "b"\nc'],
      ["2", "x"],
    ]);
  });

  it("ends rows at \\r\\n, \\n and \\r alike", () => {
    expect(parseDelimited("a;b\r\n1;2\r3;4\n5;6", ";")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  it("gives an empty line as an empty row and drops trailing empty lines", () => {
    expect(parseDelimited("a\tb\n\n1\t2\n\n\n", "\t")).toEqual([["a", "b"], [], ["1", "2"]]);
  });

  it("keeps rows ragged", () => {
    expect(parseDelimited("a,b,c\n1\n1,2,3,4", ",")).toEqual([
      ["a", "b", "c"],
      ["1"],
      ["1", "2", "3", "4"],
    ]);
  });

  it("gives a trailing delimiter its empty field", () => {
    expect(parseDelimited("a,", ",")).toEqual([["a", ""]]);
    expect(parseDelimited("a,\nb", ",")).toEqual([["a", ""], ["b"]]);
  });

  it("runs an unclosed quote to the end and keeps text after a closing quote", () => {
    expect(parseDelimited('"a,b\nc', ",")).toEqual([["a,b\nc"]]);
    expect(parseDelimited('"a"b,c', ",")).toEqual([["ab", "c"]]);
  });

  it("splits on runs of white space without empty first cells", () => {
    expect(
      parseDelimited(" 00001 19970101  1   11.77\r\n 00002\t19970112  5   77.00 \r\n", "whitespace")
    ).toEqual([
      ["00001", "19970101", "1", "11.77"],
      ["00002", "19970112", "5", "77.00"],
    ]);
  });
});
