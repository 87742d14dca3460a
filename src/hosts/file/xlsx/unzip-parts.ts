import { unzipSync, type UnzipFileInfo } from "fflate";
import { crc32 } from "./crc32";
import { PartError } from "./part-error";

/** A part's inflated size past which it is refused (a sheet of Excel's full 1,048,576 rows fits). */
export const MAX_PART_BYTES = 1024 * 1_048_576;

/** The zip's entry names and their declared inflated sizes, inflating nothing. */
export function listParts(zip: Uint8Array): Map<string, number> {
  const sizes = new Map<string, number>();
  unzipOrExplain(zip, (file) => {
    sizes.set(file.name, file.originalSize);
    return false;
  });
  return sizes;
}

function unzipOrExplain(
  zip: Uint8Array,
  filter: (file: UnzipFileInfo) => boolean
): Record<string, Uint8Array> {
  try {
    return unzipSync(zip, { filter });
  } catch (error) {
    if (error instanceof PartError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new PartError("", {
      "zh-CN": `压缩包结构已损坏（${why}）`,
      "en-US": `the zip archive is damaged (${why})`,
    });
  }
}

/** The CRC-32 each entry of the zip's central directory declares, by name. */
function declaredCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  const crcs = new Map<string, number>();
  if (end < 0) return crcs;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let i = 0; i < count && at + 46 <= zip.length; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    crcs.set(name, view.getUint32(at + 16, true));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return crcs;
}

/**
 * Inflates only the named parts (a part nobody needs costs nothing however large it is), each
 * refused past `limit` bytes with an error naming it. Missing parts are absent from the result.
 */
export function unzipParts(
  zip: Uint8Array,
  names: Iterable<string>,
  limit = MAX_PART_BYTES
): Map<string, Uint8Array> {
  const wanted = new Set(names);
  const out = unzipOrExplain(zip, (file) => {
    if (!wanted.has(file.name)) return false;
    if (file.originalSize > limit) throw tooLarge(file.name, file.originalSize, limit);
    return true;
  });
  const parts = new Map<string, Uint8Array>();
  const crcs = Object.keys(out).length > 0 ? declaredCrcs(zip) : new Map<string, number>();
  for (const [name, data] of Object.entries(out)) {
    if (data.length > limit) throw tooLarge(name, data.length, limit);
    // fflate does not check the checksum; a flipped byte would otherwise be read as data.
    const declared = crcs.get(name);
    if (declared !== undefined && declared !== crc32(data)) {
      throw new PartError(name, {
        "zh-CN": "校验和不符，内容已损坏",
        "en-US": "its checksum does not match its contents, which are damaged",
      });
    }
    parts.set(name, data);
  }
  return parts;
}

function tooLarge(part: string, size: number, limit: number): PartError {
  const mb = (n: number) => `${Math.ceil(n / 1_048_576)} MB`;
  return new PartError(part, {
    "zh-CN": `解压后有 ${mb(size)}，超过上限 ${mb(limit)}，未读取`,
    "en-US": `it inflates to ${mb(size)}, past the limit of ${mb(limit)}, so it was not read`,
  });
}
