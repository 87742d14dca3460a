import { inflateSync } from "fflate";
import * as zlib from "node:zlib";
import { NODE_ZIP_CODEC } from "../node-zip-codec";
import { writeZip } from "../plan/write-zip";
import { FFLATE_CODEC } from "../xlsx/zip-codec";
import { readZipDirectory } from "../xlsx/zip-directory";
import { inflateEntry } from "../xlsx/inflate-entry";
import { DeflatingSink } from "./deflating-sink";

const join = (pieces: readonly Uint8Array[]) => {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe.each([
  ["Node's zlib", NODE_ZIP_CODEC],
  ["fflate", FFLATE_CODEC],
])("DeflatingSink with %s", (_, codec) => {
  it("gives one DEFLATE stream of everything written, over many megabytes, with its CRC and size", () => {
    const sink = new DeflatingSink(codec);
    const rows: string[] = [];
    for (let i = 0; i < 60_000; i++)
      rows.push(`<row r="${i}"><c><is><t>客户${i} 😀</t></is></c></row>`);
    for (const row of rows) sink.write(row);
    sink.write("x".repeat(700_000)); // longer than a chunk holds at 3 bytes a character
    const part = sink.finish();
    const text = rows.join("") + "x".repeat(700_000);
    const bytes = new TextEncoder().encode(text);
    expect(part.size).toBe(bytes.length);
    expect(part.crc).toBe(zlib.crc32(bytes));
    expect(new TextDecoder().decode(inflateSync(join(part.body)))).toBe(text);
    const zip = writeZip([{ name: "s.xml", compressed: part }], codec);
    const [entry] = readZipDirectory(zip);
    expect(new TextDecoder().decode(inflateEntry(zip, entry))).toBe(text);
  });
});
