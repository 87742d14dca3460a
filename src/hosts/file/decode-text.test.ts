import { decodeText } from "./decode-text";

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    out[2 + 2 * i] = littleEndian ? code & 0xff : code >> 8;
    out[3 + 2 * i] = littleEndian ? code >> 8 : code & 0xff;
  }
  return out;
}

describe("decodeText", () => {
  it("reads UTF-8 without a BOM", () =>
    expect(decodeText(utf8("客户,a"))).toEqual({ text: "客户,a", encoding: "utf-8" }));

  it("drops a UTF-8 BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("客户")]);
    expect(decodeText(bytes)).toEqual({ text: "客户", encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE by their BOM", () => {
    expect(decodeText(utf16("客户编号,x", true))).toEqual({
      text: "客户编号,x",
      encoding: "utf-16le",
    });
    expect(decodeText(utf16("客户编号,x", false))).toEqual({
      text: "客户编号,x",
      encoding: "utf-16be",
    });
  });

  it("falls back to GB18030 when the bytes are not UTF-8", () => {
    // 客户 in GBK/GB18030 (note: C7 BF would be 强).
    const bytes = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x61]);
    expect(decodeText(bytes)).toEqual({ text: "客户,a", encoding: "gb18030" });
  });

  it("reads plain ASCII as UTF-8", () => expect(decodeText(utf8("a,b")).encoding).toBe("utf-8"));
});
