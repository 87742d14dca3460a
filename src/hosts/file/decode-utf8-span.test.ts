import { decodeUtf8Span } from "./decode-utf8-span";

describe("decodeUtf8Span", () => {
  it("reads any span of well-formed UTF-8 as TextDecoder does, short or long", () => {
    const text = `C0001,客户1有限公司,${"😀é".repeat(30)},\ufeff,${"x".repeat(100)}`;
    const bytes = new TextEncoder().encode(text);
    const boundaries = [0];
    for (let i = 1; i <= bytes.length; i++)
      if (i === bytes.length || (bytes[i] & 0xc0) !== 0x80) boundaries.push(i);
    const wrong: [number, number][] = [];
    for (const start of boundaries) {
      for (const end of boundaries) {
        if (end < start) continue;
        const expected = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
          bytes.subarray(start, end)
        );
        if (decodeUtf8Span(bytes, start, end) !== expected) wrong.push([start, end]);
      }
    }
    expect(wrong).toEqual([]);
  });
});
