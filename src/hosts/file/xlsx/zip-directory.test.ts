import { strToU8, zipSync } from "fflate";
import { inflateEntry } from "./inflate-entry";
import { PartError } from "./part-error";
import { rawBytes, readZipDirectory } from "./zip-directory";

describe("readZipDirectory", () => {
  const zip = zipSync({
    "a.xml": [strToU8("<a>".repeat(1000)), { level: 6 }],
    "客户/b.txt": [strToU8("stored"), { level: 0 }],
  });

  it("lists entries with sizes, methods and where their compressed bytes are, inflating nothing", () => {
    const entries = readZipDirectory(zip);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ["a.xml", 8, 3000],
      ["客户/b.txt", 0, 6],
    ]);
    expect(new TextDecoder().decode(rawBytes(zip, entries[1]))).toBe("stored");
    expect(entries[0].compressedSize).toBeLessThan(100);
    expect(new TextDecoder().decode(inflateEntry(zip, entries[0]))).toBe("<a>".repeat(1000));
  });

  it("says in words that an archive without a directory, or cut short, is damaged", () => {
    expect(() => readZipDirectory(strToU8("not a zip at all"))).toThrow(PartError);
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 10))).toThrow(/damaged/);
    const cut = zip.slice();
    // The directory's offset pointing past the end of the file.
    new DataView(cut.buffer).setUint32(cut.length - 6, cut.length + 100, true);
    expect(() => readZipDirectory(cut)).toThrow(/damaged/);
  });

  it("checks an entry's local header only when its bytes are wanted, and names it", () => {
    const damaged = zip.slice();
    const [first, second] = readZipDirectory(damaged);
    damaged[second.localOffset] ^= 0xff;
    expect(readZipDirectory(damaged)).toHaveLength(2);
    expect(new TextDecoder().decode(inflateEntry(damaged, first))).toBe("<a>".repeat(1000));
    expect(() => rawBytes(damaged, second)).toThrow(
      /客户\/b.txt: its place in the zip archive is damaged/
    );
  });
});

describe("inflateEntry", () => {
  it("refuses a part past the limit naming it, even when its header understates its size", () => {
    const zip = zipSync({ "xl/worksheets/sheet1.xml": strToU8("x".repeat(100_000)) });
    const [entry] = readZipDirectory(zip);
    expect(() => inflateEntry(zip, entry, 1000)).toThrow(/xl\/worksheets\/sheet1.xml.*inflates to/);
    const lying = { ...entry, size: 10 };
    expect(() => inflateEntry(zip, lying, 1000)).toThrow(/sheet1.xml.*past the limit of 1 MB/);
  });

  it("refuses a part whose checksum does not match, naming it", () => {
    const zip = zipSync({ "xl/workbook.xml": [strToU8("<workbook/>"), { level: 0 }] });
    const [entry] = readZipDirectory(zip);
    zip[entry.localOffset + 30 + entry.nameBytes.length + 1] ^= 0xff;
    expect(() => inflateEntry(zip, entry)).toThrow(/xl\/workbook.xml.*checksum/);
  });
});
