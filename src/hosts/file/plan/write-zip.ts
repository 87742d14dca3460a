import type { ZipCodec } from "../xlsx/zip-codec";
import type { ZipDirEntry } from "../xlsx/zip-directory";

/** What writing a zip needs from its platform (xlsx/zip-codec.ts): raw DEFLATE and CRC-32. */
export type ZipCompressor = Pick<ZipCodec, "deflateRaw" | "crc32">;

/** A part already compressed: copied as it is (an original part's bytes, or a part deflated in pieces). */
export interface CompressedPart {
  /** 0 stored, 8 DEFLATE. */
  method: number;
  crc: number;
  /** The inflated size. */
  size: number;
  /** The compressed bytes, in pieces. */
  body: readonly Uint8Array[];
  /** The name's bytes and flags as the input zip stored them (a name not in UTF-8 stays as it was). */
  nameBytes?: Uint8Array;
  flags?: number;
}

export type ZipEntry =
  | {
      /** The part's path inside the package ("xl/workbook.xml"). */
      name: string;
      data: Uint8Array;
    }
  | { name: string; compressed: CompressedPart };

/** An input zip's entry copied as it stands: its compressed bytes, name bytes and flags kept. */
export function copiedEntry(entry: ZipDirEntry, body: Uint8Array): ZipEntry {
  return {
    name: entry.name,
    compressed: {
      method: entry.method,
      crc: entry.crc,
      size: entry.size,
      body: [body],
      nameBytes: entry.nameBytes,
      flags: entry.flags,
    },
  };
}

const STORED = 0;
const DEFLATED = 8;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
const VERSION = 20;
const LIMIT = 0xffffffff;
/** 1980-01-01 00:00 in MS-DOS form: a fixed time makes the same plan give the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  size: number;
  body: readonly Uint8Array[];
  bodyLength: number;
  offset: number;
}

function header(length: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(length);
  return { bytes, view: new DataView(bytes.buffer) };
}

function localHeader(entry: Written): Uint8Array {
  const { bytes, view } = header(30 + entry.name.length);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, entry.flags, true);
  view.setUint16(8, entry.method, true);
  view.setUint16(10, DOS_TIME, true);
  view.setUint16(12, DOS_DATE, true);
  view.setUint32(14, entry.crc, true);
  view.setUint32(18, entry.bodyLength, true);
  view.setUint32(22, entry.size, true);
  view.setUint16(26, entry.name.length, true);
  bytes.set(entry.name, 30);
  return bytes;
}

function centralHeader(entry: Written): Uint8Array {
  const { bytes, view } = header(46 + entry.name.length);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, VERSION, true);
  view.setUint16(8, entry.flags, true);
  view.setUint16(10, entry.method, true);
  view.setUint16(12, DOS_TIME, true);
  view.setUint16(14, DOS_DATE, true);
  view.setUint32(16, entry.crc, true);
  view.setUint32(20, entry.bodyLength, true);
  view.setUint32(24, entry.size, true);
  view.setUint16(28, entry.name.length, true);
  view.setUint32(42, entry.offset, true);
  bytes.set(entry.name, 46);
  return bytes;
}

function endOfDirectory(count: number, size: number, offset: number): Uint8Array {
  const { bytes, view } = header(22);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  return bytes;
}

/** Bits of an input entry's flags that still hold once copied: the UTF-8 name flag only. */
const KEPT_FLAGS = UTF8_NAMES;

function entryOf(entry: ZipEntry, offset: number, compressor: ZipCompressor): Written {
  const encoder = new TextEncoder();
  if ("compressed" in entry) {
    const c = entry.compressed;
    return {
      name: c.nameBytes ?? encoder.encode(entry.name),
      // The sizes go into the local header, so no data descriptor follows (bit 3 off).
      flags: c.nameBytes ? (c.flags ?? 0) & KEPT_FLAGS : UTF8_NAMES,
      method: c.method,
      crc: c.crc >>> 0,
      size: c.size,
      body: c.body,
      bodyLength: c.body.reduce((n, piece) => n + piece.length, 0),
      offset,
    };
  }
  const { name, data } = entry;
  if (data.length > LIMIT) throw new Error(`the part ${name} is larger than 4 GB`);
  const deflated = compressor.deflateRaw(data);
  const smaller = deflated.length < data.length;
  const body = smaller ? deflated : data;
  return {
    name: encoder.encode(name),
    flags: UTF8_NAMES,
    method: smaller ? DEFLATED : STORED,
    crc: compressor.crc32(data) >>> 0,
    size: data.length,
    body: [body],
    bodyLength: body.length,
    offset,
  };
}

/**
 * A zip archive of the entries in their order: parts given as data deflated (or stored, when
 * deflating would not make it smaller), compressed parts copied as they are, never inflated. Plain
 * zip, no zip64: a package past 4 GB or 65,535 parts is refused with an error rather than written in
 * a form Excel cannot open.
 */
export function writeZip(entries: readonly ZipEntry[], compressor: ZipCompressor): Uint8Array {
  return joinPieces(zipPieces(entries, compressor));
}

/** Pieces of bytes as one array. */
export function joinPieces(pieces: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const piece of pieces) size += piece.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * writeZip's archive as the pieces it is made of, in order (headers, and each part's body as it
 * is): a caller that writes them to a file one after the other never holds a copy of the whole
 * archive (310 MB for a million customers).
 */
export function zipPieces(entries: readonly ZipEntry[], compressor: ZipCompressor): Uint8Array[] {
  if (entries.length > 0xffff) throw new Error(`a package of ${entries.length} parts is too large`);
  const written: Written[] = [];
  const pieces: Uint8Array[] = [];
  let offset = 0;
  for (const given of entries) {
    const entry = entryOf(given, offset, compressor);
    if (entry.size > LIMIT || entry.bodyLength > LIMIT)
      throw new Error(`the part ${given.name} is larger than 4 GB`);
    const local = localHeader(entry);
    pieces.push(local, ...entry.body);
    offset += local.length + entry.bodyLength;
    if (offset > LIMIT) throw new Error("the package is larger than 4 GB");
    written.push(entry);
  }
  const directoryStart = offset;
  for (const entry of written) {
    const central = centralHeader(entry);
    pieces.push(central);
    offset += central.length;
  }
  pieces.push(endOfDirectory(written.length, offset - directoryStart, directoryStart));
  return pieces;
}
