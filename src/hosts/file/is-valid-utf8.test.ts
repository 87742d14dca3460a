import { isValidUtf8 } from "./is-valid-utf8";

function decodesFatally(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe("isValidUtf8", () => {
  it("accepts ASCII, Chinese, emoji and the edges of each sequence length", () => {
    for (const text of [
      "",
      "abc",
      "客户编号,累计销售额",
      "😀",
      "\u0080\u07ff\u0800\uffff",
      "\u{10ffff}",
    ]) {
      expect(isValidUtf8(new TextEncoder().encode(text))).toBe(true);
    }
  });

  it("refuses what a fatal decoder refuses: overlongs, surrogates, past U+10FFFF, cut sequences, Latin-1", () => {
    for (const bytes of [
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xe5, 0xae],
      [0x61, 0xe9, 0x62],
      [0x80],
    ]) {
      expect(isValidUtf8(Uint8Array.from(bytes))).toBe(false);
    }
  });

  it("agrees with a fatal TextDecoder on random bytes", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const interesting = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf];
    const more = [0xe0, 0xe5, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
    const alphabet = interesting.concat(more);
    const disagreements: number[][] = [];
    for (let t = 0; t < 20000; t++) {
      const bytes = Uint8Array.from(
        { length: 1 + Math.floor(random() * 6) },
        () => alphabet[Math.floor(random() * alphabet.length)]
      );
      if (isValidUtf8(bytes) !== decodesFatally(bytes)) disagreements.push(Array.from(bytes));
    }
    expect(disagreements).toEqual([]);
  });
});
