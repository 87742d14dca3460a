import { asBytes, sniffBytes } from "./sniff-bytes";

describe("sniffBytes", () => {
  it("sees an empty file", () => expect(sniffBytes(new Uint8Array())).toBe("empty"));
  it("sees a zip", () =>
    expect(sniffBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe("zip"));
  it("sees an OLE2 compound file", () =>
    expect(sniffBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      "ole2"
    ));
  it("takes anything else as text", () => {
    expect(sniffBytes(Uint8Array.from([0x50, 0x4b, 0x05, 0x06]))).toBe("text");
    expect(sniffBytes(Uint8Array.from([0x61]))).toBe("text");
  });
  it("views an ArrayBuffer without copying", () => {
    const buffer = new ArrayBuffer(3);
    expect(asBytes(buffer).buffer).toBe(buffer);
  });
});
