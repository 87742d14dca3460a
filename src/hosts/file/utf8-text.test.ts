import { decodeTextStrictly, TextEncodingError } from "./decode-text-strictly";
import { utf8Text } from "./utf8-text";

const bytesOf = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) =>
    typeof p === "string" ? new TextEncoder().encode(p) : Uint8Array.from(p)
  );
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (e) {
    return e instanceof TextEncodingError
      ? { error: e.message, offset: e.offset, line: e.line }
      : e;
  }
}

describe("utf8Text", () => {
  const cases: [string, Uint8Array][] = [
    ["UTF-8", bytesOf("客户编号,金额\n1,2\n")],
    ["UTF-8 with a BOM", bytesOf([0xef, 0xbb, 0xbf], "客户,a")],
    ["two BOMs", bytesOf([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], "a")],
    ["a BOM and a stray byte", bytesOf([0xef, 0xbb, 0xbf], "a", [0xe9], "b")],
    ["UTF-16 LE", bytesOf([0xff, 0xfe, 0x2e, 0x5b, 0x37, 0x62, 0x0a, 0x00])],
    ["UTF-16 BE", bytesOf([0xfe, 0xff, 0x5b, 0x2e, 0x62, 0x37])],
    ["GB18030", bytesOf([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x61, 0x0a])],
    ["UTF-8 with one Latin-1 byte", bytesOf("客户编号,名称\n客户一", [0xe9], "\n")],
    ["neither UTF-8 nor GB18030", bytesOf("a\nb", [0xff, 0xff], "\n")],
  ];

  it.each(cases)(
    "gives the UTF-8 of what decodeTextStrictly reads, or its error: %s",
    (_, bytes) => {
      const expected = outcome(() => {
        const { text, encoding } = decodeTextStrictly(bytes, "x.csv");
        return { text, encoding };
      });
      const actual = outcome(() => {
        const { bytes: utf8, encoding } = utf8Text(bytes, "x.csv");
        return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(utf8), encoding };
      });
      expect(actual).toEqual(expected);
    }
  );

  it("hands back a UTF-8 file's own bytes, uncopied", () => {
    const bytes = bytesOf("a,b\n");
    expect(utf8Text(bytes, "x.csv").bytes).toBe(bytes);
  });
});
