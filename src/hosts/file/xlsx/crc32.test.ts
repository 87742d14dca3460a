import { crc32 } from "./crc32";

describe("crc32", () => {
  it("is zip's checksum", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe("crc32 continued", () => {
  it("gives over two pieces what it gives over the whole", () => {
    const bytes = new TextEncoder().encode("123456789");
    expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
  });
});
