import { scanXml, tagAttributes } from "./scan-xml";

describe("scanXml", () => {
  it("reports elements by local name, attributes decoded, text decoded, CDATA as written", () => {
    const seen: string[] = [];
    scanXml(`<?xml version="1.0"?><!-- c --><x:a k="1 &amp; 2"><b/>t&lt;<![CDATA[<raw>]]></x:a>`, {
      open: (name, a, self) => seen.push(`open ${name} ${JSON.stringify(a)} ${self}`),
      close: (name) => seen.push(`close ${name}`),
      text: (text) => seen.push(`text ${text}`),
    });
    expect(seen).toEqual([
      'open a {"k":"1 & 2"} false',
      "open b {} true",
      "close b",
      "text t<",
      "text <raw>",
      "close a",
    ]);
  });
  it("throws in words on mismatched, stray and unclosed elements", () => {
    expect(() => scanXml("<a><b></a>", {})).toThrow("</a> comes where <b> is still open");
    expect(() => scanXml("</a>", {})).toThrow("closes no element");
    expect(() => scanXml("<a><b>", {})).toThrow("ends while <b> is still open");
    expect(() => scanXml('<a><c r="B1"</a>', {})).toThrow("not closed before the next one");
  });
  it("keeps r:id as id and ignores namespace declarations", () => {
    expect(tagAttributes(' xmlns:r="u" name="S" r:id="rId1"')).toEqual({ name: "S", id: "rId1" });
  });
});

describe("tagAttributes read by hand", () => {
  it("reads single and double quotes, spaces around =, references, and skips what is no attribute", () => {
    expect(tagAttributes(` r = 'A1'\ts="3"\nt="s" odd k="a &lt; b" x:k="no"`)).toEqual({
      r: "A1",
      s: "3",
      t: "s",
      k: "a < b",
    });
    expect(tagAttributes(' v="1" cut="never ends')).toEqual({ v: "1" });
  });
});
