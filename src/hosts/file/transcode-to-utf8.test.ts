import { transcodeToUtf8 } from "./transcode-to-utf8";

const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe("transcodeToUtf8", () => {
  const text = "客户编号,累计销售额\r\nC001,1.2万\n😀 ﻿end";

  it("reads UTF-16 either way round, a character cut between chunks carried over", () => {
    for (const chunk of [1, 3, 7, 1 << 20]) {
      expect(Array.from(transcodeToUtf8(utf16(text, true), "utf-16le", chunk))).toEqual(utf8(text));
      expect(Array.from(transcodeToUtf8(utf16(text, false), "utf-16be", chunk))).toEqual(
        utf8(text)
      );
    }
  });

  it("reads GB18030 as one decoder would, unreadable bytes as U+FFFD", () => {
    // 客户 in GB18030, then a byte GB18030 cannot read, then "a".
    const bytes = Uint8Array.from([0xbf, 0xcd, 0xbb, 0xa7, 0xff, 0x61]);
    const whole = new TextDecoder("gb18030").decode(bytes);
    for (const chunk of [1, 2, 5]) {
      expect(Array.from(transcodeToUtf8(bytes, "gb18030", chunk))).toEqual(utf8(whole));
    }
    expect(whole.startsWith("客户")).toBe(true);
  });

  it("drops a byte order mark at the start as one decode does, keeps one inside, and gives nothing for nothing", () => {
    expect(Array.from(transcodeToUtf8(utf16("\ufeffa\ufeff", true), "utf-16le", 1))).toEqual(
      utf8("a\ufeff")
    );
    const bad = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xe9]);
    expect(Array.from(transcodeToUtf8(bad, "utf-8", 2))).toEqual(
      utf8(new TextDecoder("utf-8").decode(bad))
    );
    expect(transcodeToUtf8(new Uint8Array(0), "utf-16le").length).toBe(0);
  });
});
