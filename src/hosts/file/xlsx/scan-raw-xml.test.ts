import { decodeXmlText } from "./decode-xml-text";
import { rawAttribute, rawAttributes, scanRawXml } from "./scan-raw-xml";

function walk(xml: string): string[] {
  const seen: string[] = [];
  scanRawXml(xml, 0, xml.length, {
    open: (name, from, to, self) => {
      const r = rawAttribute(xml, from, to, "r");
      const value = r < 0 ? "-" : xml.slice(r, xml.indexOf(xml[r - 1], r));
      seen.push(`open ${name} r=${value} ${self}`);
    },
    close: (name) => seen.push(`close ${name}`),
    text: (from, to, cdata) =>
      seen.push(`text ${cdata ? xml.slice(from, to) : decodeXmlText(xml.slice(from, to))}`),
  });
  return seen;
}

describe("scanRawXml", () => {
  it("reports elements by local name, attributes by position, text as written, as scanXml does", () => {
    expect(
      walk(
        `<?xml version="1.0"?><!-- c --><x:row x:r="9" r='2'><c xmlns:r="u" r:r="B2"/>t&lt;<![CDATA[<raw>]]></x:row>`
      )
    ).toEqual([
      "open row r=2 false",
      "open c r=B2 true",
      "close c",
      "text t<",
      "text <raw>",
      "close row",
    ]);
  });

  it("throws in scanXml's words on mismatched, stray and unclosed elements", () => {
    expect(() => walk("<a><b></a>")).toThrow("</a> comes where <b> is still open");
    expect(() => walk("</a>")).toThrow("closes no element");
    expect(() => walk("<a><b>")).toThrow("ends while <b> is still open");
    expect(() => walk('<a><c r="B1"</a>')).toThrow("not closed before the next one");
  });

  it("finds several attributes in one pass, a plain name over a prefixed one whichever comes first", () => {
    const tag = ` x:s="9" t='s' xmlns:r="u" s="3"`;
    const starts = new Int32Array(3);
    rawAttributes(tag, 0, tag.length, ["r", "t", "s"], starts);
    expect([starts[0], tag[starts[1]], tag[starts[2]]]).toEqual([-1, "s", "3"]);
  });

  it("reads only its range", () => {
    const xml = "<w><sheetData><row/></sheetData><tail></w>";
    const seen: string[] = [];
    const from = xml.indexOf("<row");
    scanRawXml(xml, from, xml.indexOf("</sheetData>"), {
      open: (name) => seen.push(name),
      close: () => undefined,
      text: () => undefined,
    });
    expect(seen).toEqual(["row"]);
  });
});
