import { PartError } from "./part-error";

/** One entry of a zip's central directory, with where its compressed bytes lie. */
export interface ZipDirEntry {
  name: string;
  /** The name as stored (kept byte for byte when the entry is copied). */
  nameBytes: Uint8Array;
  /** General purpose flags (bit 11: UTF-8 name; bit 0: encrypted). */
  flags: number;
  /** 0 stored, 8 DEFLATE. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header in the zip. */
  localOffset: number;
}

const damaged = (why: string, zh: string) =>
  new PartError("", {
    "zh-CN": `压缩包结构已损坏（${zh}）`,
    "en-US": `the zip archive is damaged (${why})`,
  });

const FULL32 = 0xffffffff;

/** The zip64 extended information of a central header's extra field, where a size says so. */
function zip64Values(
  view: DataView,
  at: number,
  length: number,
  wanted: { size: boolean; compressed: boolean; offset: boolean }
): { size?: number; compressed?: number; offset?: number } {
  const end = at + length;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const read = () => {
        const value = Number(view.getBigUint64(p, true));
        p += 8;
        return value;
      };
      return {
        ...(wanted.size ? { size: read() } : {}),
        ...(wanted.compressed ? { compressed: read() } : {}),
        ...(wanted.offset ? { offset: read() } : {}),
      };
    }
    at += 4 + size;
  }
  return {};
}

/**
 * The entries of a zip's central directory, read without inflating anything: a package's parts can
 * be listed, picked and copied as their compressed bytes. Throws PartError("") in words for an
 * archive whose directory is missing or points outside the file.
 */
export function readZipDirectory(zip: Uint8Array): ZipDirEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged("no central directory", "没有中央目录");
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // A zip64 end record before the classic one holds the real count and offset.
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === 0x07064b50) {
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 <= zip.length && view.getUint32(record, true) === 0x06064b50) {
      count = Number(view.getBigUint64(record + 32, true));
      at = Number(view.getBigUint64(record + 48, true));
    }
  }
  const decoder = new TextDecoder();
  const entries: ZipDirEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50)
      throw damaged(`entry ${i + 1} of the directory is cut`, `目录第 ${i + 1} 项不完整`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let offset = view.getUint32(at + 42, true);
    const nameBytes = zip.slice(at + 46, at + 46 + nameLength);
    if (size === FULL32 || compressedSize === FULL32 || offset === FULL32) {
      const big = zip64Values(view, at + 46 + nameLength, extraLength, {
        size: size === FULL32,
        compressed: compressedSize === FULL32,
        offset: offset === FULL32,
      });
      size = big.size ?? size;
      compressedSize = big.compressed ?? compressedSize;
      offset = big.offset ?? offset;
    }
    const name = decoder.decode(nameBytes);
    entries.push({
      name,
      nameBytes,
      flags,
      method,
      crc,
      compressedSize,
      size,
      localOffset: offset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * An entry's compressed bytes, as stored in the zip (a view, not a copy). Its local header is
 * checked only here, when the entry is wanted: a damaged entry nobody reads fails nothing. Throws
 * PartError naming the entry.
 */
export function rawBytes(zip: Uint8Array, entry: ZipDirEntry): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== 0x04034b50) {
    throw new PartError(entry.name, {
      "zh-CN": "它在压缩包中的位置已损坏",
      "en-US": "its place in the zip archive is damaged",
    });
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > zip.length) {
    throw new PartError(entry.name, {
      "zh-CN": "它在压缩包中被截断",
      "en-US": "it is cut short in the zip archive",
    });
  }
  return zip.subarray(start, start + entry.compressedSize);
}
