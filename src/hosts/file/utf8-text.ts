import type { TextEncoding } from "./decode-text";
import { refuseUnreadableGb18030 } from "./decode-text-strictly";
import { isValidUtf8 } from "./is-valid-utf8";
import { transcodeToUtf8 } from "./transcode-to-utf8";

/** A text file's content as UTF-8 bytes without a byte order mark, and the encoding it was in. */
export interface Utf8Text {
  bytes: Uint8Array;
  encoding: TextEncoding;
}

const startsWith = (bytes: Uint8Array, ...magic: number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/**
 * decodeTextStrictly's reading as UTF-8 bytes instead of a string: the UTF-8 of exactly the text it
 * gives, and the same TextEncodingError for what it refuses. A UTF-8 file (the common case) is the
 * file's own bytes, checked without decoding; other encodings are transcoded a chunk at a time.
 */
export function utf8Text(bytes: Uint8Array, file: string): Utf8Text {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const rest = bytes.subarray(3);
    // A second mark, or bytes that are no UTF-8, read as a non-fatal decoder reads them.
    const asIs = isValidUtf8(rest) && !startsWith(rest, 0xef, 0xbb, 0xbf);
    return { bytes: asIs ? rest : transcodeToUtf8(rest, "utf-8"), encoding: "utf-8" };
  }
  if (startsWith(bytes, 0xff, 0xfe))
    return { bytes: transcodeToUtf8(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (startsWith(bytes, 0xfe, 0xff))
    return { bytes: transcodeToUtf8(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  if (isValidUtf8(bytes)) return { bytes, encoding: "utf-8" };
  refuseUnreadableGb18030(bytes, file);
  return { bytes: transcodeToUtf8(bytes, "gb18030"), encoding: "gb18030" };
}
