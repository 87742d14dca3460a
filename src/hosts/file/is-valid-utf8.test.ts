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

describe("isValidUtf8 over long ASCII runs", () => {
  it("finds a bad byte anywhere in a long run, whatever the view's alignment", () => {
    const buffer = new Uint8Array(4096 + 8).fill(0x61);
    for (const offset of [0, 1, 2, 3]) {
      for (const at of [0, 1, 2, 3, 4, 5, 1000, 1001, 2047, 4095]) {
        const view = new Uint8Array(buffer.buffer, offset, 4096);
        view[at] = 0xe9;
        expect([offset, at, isValidUtf8(view)]).toEqual([offset, at, false]);
        view[at] = 0x61;
        expect(isValidUtf8(view)).toBe(true);
      }
      const view = new Uint8Array(buffer.buffer, offset, 4096);
      view.set(new TextEncoder().encode("客户"), 4090);
      expect(isValidUtf8(view)).toBe(true);
      view.set([0x61, 0x61, 0x61, 0x61, 0x61, 0x61], 4090);
    }
  });
});

describe("isValidUtf8 on tiny views", () => {
  it("reads a view of a byte or two at the end of its buffer", () => {
    const buffer = new Uint8Array([0x61, 0x62, 0xc3, 0xa9]).buffer;
    expect(isValidUtf8(new Uint8Array(buffer, 3, 1))).toBe(false);
    expect(isValidUtf8(new Uint8Array(buffer, 2, 2))).toBe(true);
    expect(isValidUtf8(new Uint8Array(buffer, 1, 1))).toBe(true);
    // The next 4-byte boundary lies past the end of this buffer.
    expect(isValidUtf8(new Uint8Array(new ArrayBuffer(2), 1, 1))).toBe(true);
  });
});
