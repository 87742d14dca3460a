import { PartError } from "./part-error";
import { rawBytes, type ZipDirEntry } from "./zip-directory";
import { FFLATE_CODEC, InflateLimitError, type ZipCodec } from "./zip-codec";

/** A part's inflated size past which it is refused (a sheet of Excel's full 1,048,576 rows fits). */
export const MAX_PART_BYTES = 1024 * 1_048_576;

export function tooLarge(part: string, size: number, limit: number): PartError {
  const mb = (n: number) => `${Math.ceil(n / 1_048_576)} MB`;
  const past = size > limit ? mb(size) : `more than ${mb(limit)}`;
  const pastZh = size > limit ? mb(size) : `超过 ${mb(limit)}`;
  return new PartError(part, {
    "zh-CN": `解压后有 ${pastZh}，超过上限 ${mb(limit)}，未读取`,
    "en-US": `it inflates to ${past}, past the limit of ${mb(limit)}, so it was not read`,
  });
}

/**
 * One entry's bytes, inflated: refused past `limit` bytes whatever its header declares (the inflater
 * stops there, so a small file claiming a small part cannot fill memory), and checked against its
 * CRC-32 (a flipped byte would otherwise be read as data). Throws PartError naming the part.
 */
export function inflateEntry(
  zip: Uint8Array,
  entry: ZipDirEntry,
  limit = MAX_PART_BYTES,
  codec: ZipCodec = FFLATE_CODEC
): Uint8Array {
  if (entry.size > limit) throw tooLarge(entry.name, entry.size, limit);
  if (entry.flags & 1) {
    throw new PartError(entry.name, {
      "zh-CN": "它已加密，无法读取",
      "en-US": "it is encrypted, so it cannot be read",
    });
  }
  const raw = rawBytes(zip, entry);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = codec.inflateRaw(raw, limit, entry.size);
    } catch (error) {
      if (error instanceof InflateLimitError) throw tooLarge(entry.name, 0, limit);
      const why = error instanceof Error ? error.message : String(error);
      throw new PartError(entry.name, {
        "zh-CN": `解压失败，内容已损坏（${why}）`,
        "en-US": `it cannot be inflated, its contents are damaged (${why})`,
      });
    }
  } else {
    throw new PartError(entry.name, {
      "zh-CN": `使用了不支持的压缩方法 ${entry.method}`,
      "en-US": `it uses compression method ${entry.method}, which is not supported`,
    });
  }
  if (data.length > limit) throw tooLarge(entry.name, data.length, limit);
  if (codec.crc32(data) >>> 0 !== entry.crc >>> 0) {
    throw new PartError(entry.name, {
      "zh-CN": "校验和不符，内容已损坏",
      "en-US": "its checksum does not match its contents, which are damaged",
    });
  }
  return data;
}
