import { decodeTextStrictly, firstBadByte, TextEncodingError } from "./decode-text-strictly";

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function errorOf(bytes: Uint8Array): TextEncodingError {
  try {
    decodeTextStrictly(bytes, "x.csv");
  } catch (e) {
    if (e instanceof TextEncodingError) return e;
    throw e;
  }
  throw new Error("no error");
}

// "客户编号" in GB18030 (GBK): how Excel on Chinese Windows saves a CSV.
const GBK_HEADER = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5]);

describe("firstBadByte", () => {
  it("finds the first byte an encoding cannot read, or -1", () => {
    expect(firstBadByte(utf8("客户,ok"), "utf-8")).toBe(-1);
    expect(firstBadByte(join(utf8("ab"), new Uint8Array([0xe9]), utf8(",c")), "utf-8")).toBe(2);
    expect(firstBadByte(join(utf8("ab"), new Uint8Array([0xe5, 0xae])), "utf-8")).toBe(2);
    expect(firstBadByte(GBK_HEADER, "gb18030")).toBe(-1);
  });
});

describe("decodeTextStrictly", () => {
  it("reads UTF-8 and GB18030 as decodeText does", () => {
    expect(decodeTextStrictly(utf8("客户编号\n"), "x.csv")).toEqual({
      text: "客户编号\n",
      encoding: "utf-8",
    });
    expect(decodeTextStrictly(GBK_HEADER, "x.csv")).toEqual({
      text: "客户编号",
      encoding: "gb18030",
    });
  });

  it("refuses UTF-8 with one stray Latin-1 byte, naming the byte, offset, line and encoding tried", () => {
    const bytes = join(
      utf8("客户编号,客户名称,累计销售额\nC001,甲公司,100\nC002,Caf"),
      new Uint8Array([0xe9]),
      utf8(",200\n")
    );
    const error = errorOf(bytes);
    const offset = utf8("客户编号,客户名称,累计销售额\nC001,甲公司,100\nC002,Caf").length;
    expect(error.offset).toBe(offset);
    expect(error.line).toBe(3);
    expect(error.messages["en-US"]).toBe(
      `The file "x.csv" is not valid UTF-8: byte 0xE9 at offset ${offset} (line 3) cannot be read as UTF-8 (encoding tried: UTF-8; reading it as GB18030 instead would garble the whole file). Save the file as UTF-8 ("CSV UTF-8" in Excel), or fix that byte.`
    );
    expect(error.messages["zh-CN"]).toContain(`第 3 行（字节偏移 ${offset}）的字节 0xE9`);
  });

  it("refuses bytes that are neither UTF-8 nor GB18030, naming both", () => {
    const bytes = join(utf8("id,name\nC1,Caf"), new Uint8Array([0xe9]), utf8(",x\n"));
    const error = errorOf(bytes);
    expect(error.messages["en-US"]).toMatch(
      /byte 0xE9 at offset 14 \(line 2\) is neither UTF-8 nor GB18030 \(encodings tried: UTF-8, GB18030\)/
    );
  });

  it("checks a large GB18030 file by chunks: a character across a chunk's end is no error, a bad byte past it is", () => {
    // 户 (BB A7) repeated from an odd offset, so that one of them straddles the first megabyte's end.
    const size = (1 << 20) + 8;
    const good = new Uint8Array(size).fill(0x61);
    for (let i = 1; i + 1 < size; i += 2) good.set([0xbb, 0xa7], i);
    expect(decodeTextStrictly(good, "g.csv").encoding).toBe("gb18030");
    const bad = good.slice();
    bad.set([0x61, 0xff, 0xff], size - 5);
    const error = errorOf(bad);
    expect(error.offset).toBe(size - 4);
  });
});
