import JSZip from "jszip";
import * as zlib from "node:zlib";
import { joinPieces, writeZip, zipPieces, type ZipCompressor } from "./write-zip";

const NODE: ZipCompressor = {
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: 1 }),
  crc32: (data) => zlib.crc32(data),
};

const text = (s: string) => new TextEncoder().encode(s);

describe("writeZip", () => {
  it("writes a package JSZip reads back part for part, names in UTF-8 and order kept", async () => {
    const big = text("<row>".repeat(10000));
    const bytes = writeZip(
      [
        { name: "[Content_Types].xml", data: text("<Types/>") },
        { name: "xl/worksheets/sheet1.xml", data: big },
        { name: "xl/客户.xml", data: text("客户档案") },
        { name: "empty.bin", data: new Uint8Array(0) },
      ],
      NODE
    );
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "xl/客户.xml",
      "empty.bin",
    ]);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe("<row>".repeat(10000));
    expect(await zip.file("xl/客户.xml")!.async("string")).toBe("客户档案");
    expect((await zip.file("empty.bin")!.async("uint8array")).length).toBe(0);
  });

  it("deflates what shrinks and stores what would not", () => {
    const repetitive = text("a".repeat(5000));
    const bytes = writeZip(
      [
        { name: "a.xml", data: repetitive },
        { name: "b.bin", data: text("x") },
      ],
      NODE
    );
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint16(8, true)).toBe(8); // first local header: DEFLATE
    expect(view.getUint32(18, true)).toBeLessThan(5000); // compressed size
    const second = 30 + 5 + view.getUint32(18, true);
    expect(view.getUint16(second + 8, true)).toBe(0); // "x" is stored
    expect(bytes.length).toBeLessThan(400);
  });

  it("gives the same bytes for the same parts", () => {
    const parts = [{ name: "a.xml", data: text("<a/>") }];
    expect(writeZip(parts, NODE)).toEqual(writeZip(parts, NODE));
  });

  it("gives its archive in pieces that, one after the other, are the same bytes", () => {
    const parts = [
      { name: "a.xml", data: text("<a/>".repeat(100)) },
      { name: "b.xml", data: text("<b/>") },
    ];
    const pieces = zipPieces(parts, NODE);
    expect(pieces.length).toBeGreaterThan(2);
    expect(joinPieces(pieces)).toEqual(writeZip(parts, NODE));
  });

  it("refuses more parts than plain zip can list", () => {
    const parts = Array.from({ length: 0x10000 }, (_, i) => ({ name: `p${i}`, data: text("") }));
    expect(() => writeZip(parts, NODE)).toThrow(/too large/);
  });
});
