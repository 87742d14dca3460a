/**
 * True when the bytes are well-formed UTF-8 exactly as a fatal TextDecoder("utf-8") judges them (no
 * overlong forms, no surrogates, nothing past U+10FFFF, no sequence cut at the end), without building
 * the string that decoding a whole file would.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  // Most of a CSV is ASCII: runs of it are skipped four bytes at a time through an aligned view.
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  const words =
    n >= head + 4
      ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, (n - head) >>> 2)
      : new Uint32Array(0);
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      if (((i - head) & 3) === 0 && i >= head) {
        let w = (i - head) >>> 2;
        while (w < words.length && (words[w] & 0x80808080) === 0) w++;
        i = head + w * 4;
      }
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return false;
    if (i + length > n) return false;
    const second = bytes[i + 1];
    if (second < low || second > high) return false;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    i += length;
  }
  return true;
}
