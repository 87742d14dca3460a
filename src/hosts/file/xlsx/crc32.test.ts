import { crc32 } from "./crc32";

describe("crc32", () => {
  it("is zip's checksum", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
