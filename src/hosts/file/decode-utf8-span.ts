/** Past this many bytes a span is handed to TextDecoder, whose cost per call is then nothing. */
const SHORT = 64;
const units = new Uint16Array(SHORT);
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The text of bytes[start, end) of well-formed UTF-8. A cell is a few bytes, and calling TextDecoder
 * for each of a million costs more than the decoding: short spans are decoded here.
 */
export function decodeUtf8Span(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > SHORT) return decoder.decode(bytes.subarray(start, end));
  let n = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      units[n++] = b;
      i++;
    } else if (b < 0xe0) {
      units[n++] = ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      units[n++] = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      i += 3;
    } else {
      const code =
        (((b & 0x07) << 18) |
          ((bytes[i + 1] & 0x3f) << 12) |
          ((bytes[i + 2] & 0x3f) << 6) |
          (bytes[i + 3] & 0x3f)) -
        0x10000;
      units[n++] = 0xd800 | (code >> 10);
      units[n++] = 0xdc00 | (code & 0x3ff);
      i += 4;
    }
  }
  return n === 0
    ? ""
    : String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}
