import { decodeText, type DecodedText } from "./decode-text";
import { FileReadError } from "./file-error";
import type { Localized } from "../../i18n/lang";

const NAMES: Record<string, string> = { "utf-8": "UTF-8", gb18030: "GB18030" };

/** The offset of the first byte `encoding` cannot read (where its bad sequence starts), or -1. */
export function firstBadByte(bytes: Uint8Array, encoding: "utf-8" | "gb18030"): number {
  const decodes = (length: number, stream: boolean): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // `stream` forgives a character cut at the end, so only an error inside the prefix fails it,
  // and the shortest failing prefix ends where the decoder noticed.
  let noticed = bytes.length;
  if (decodes(bytes.length, true)) {
    if (decodes(bytes.length, false)) return -1;
  } else {
    let lo = 0;
    while (noticed - lo > 1) {
      const mid = (lo + noticed) >>> 1;
      if (decodes(mid, true)) lo = mid;
      else noticed = mid;
    }
  }
  // The bad sequence starts at the last whole-character boundary before that (at most 4 bytes back).
  for (let k = noticed - 1; k >= Math.max(0, noticed - 4); k--) if (decodes(k, false)) return k;
  return Math.max(0, noticed - 1);
}

/**
 * True when `encoding` reads every byte, checked a megabyte at a time: firstBadByte's search (which
 * decodes whole prefixes) is left to files that have a bad byte, so a good GB18030 file is never one
 * string here.
 */
function decodesWhole(bytes: Uint8Array, encoding: "gb18030"): boolean {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    for (let at = 0; at < bytes.length; at += 1 << 20)
      decoder.decode(bytes.subarray(at, at + (1 << 20)), { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** How many well-formed multi-byte UTF-8 characters the bytes hold, and how many bytes are not UTF-8. */
function utf8Shape(bytes: Uint8Array): { multiByte: number; bad: number } {
  let multiByte = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) {
      bad++;
      i++;
    } else {
      if (length > 1) multiByte++;
      i += length;
    }
  }
  return { multiByte, bad };
}

/** Thrown for text whose bytes no encoding TierSheet reads can decode; says where and what was tried. */
export class TextEncodingError extends FileReadError {
  readonly offset: number;
  readonly line: number;

  constructor(file: string, offset: number, line: number, messages: Localized) {
    super("unreadable", file, { reason: messages["en-US"] });
    this.offset = offset;
    this.line = line;
    Object.defineProperty(this, "messages", { value: messages });
    this.message = messages["en-US"];
  }
}

/**
 * decodeText, refusing what it would turn into garbled text without a word: a UTF-8 file with a
 * stray byte of another encoding (one Latin-1 "é" made the whole file read as GB18030, and the
 * user was told only "no header found"), or a GB18030 file with bytes GB18030 cannot read. The
 * message names the byte, its offset and line, and the encodings tried.
 */
export function decodeTextStrictly(bytes: Uint8Array, file: string): DecodedText {
  const decoded = decodeText(bytes);
  if (decoded.encoding === "gb18030") refuseUnreadableGb18030(bytes, file);
  return decoded;
}

/**
 * For bytes that are not UTF-8 and will be read as GB18030: throws TextEncodingError when GB18030
 * would garble them (decodeTextStrictly says when).
 */
export function refuseUnreadableGb18030(bytes: Uint8Array, file: string): void {
  const shape = utf8Shape(bytes);
  // Mostly well-formed UTF-8 with a few bad bytes is UTF-8 damaged, not GB18030 (where almost every
  // Chinese character is malformed UTF-8).
  const damagedUtf8 = shape.multiByte > 0 && shape.bad * 4 <= shape.multiByte;
  if (!damagedUtf8 && decodesWhole(bytes, "gb18030")) return;
  const offset = damagedUtf8 ? firstBadByte(bytes, "utf-8") : firstBadByte(bytes, "gb18030");
  if (offset < 0) return;
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  const hex = `0x${bytes[offset].toString(16).toUpperCase().padStart(2, "0")}`;
  const tried = damagedUtf8 ? NAMES["utf-8"] : `${NAMES["utf-8"]}, ${NAMES.gb18030}`;
  const messages: Localized = damagedUtf8
    ? {
        "zh-CN": `文件“${file}”不是有效的 UTF-8：第 ${line} 行（字节偏移 ${offset}）的字节 ${hex} 不能按 UTF-8 读取（已尝试的编码：${tried}；按 GB18030 读取会把全文变成乱码）。请将文件另存为 UTF-8（Excel 中的“CSV UTF-8”），或修正该字节。`,
        "en-US": `The file "${file}" is not valid UTF-8: byte ${hex} at offset ${offset} (line ${line}) cannot be read as UTF-8 (encoding tried: ${tried}; reading it as GB18030 instead would garble the whole file). Save the file as UTF-8 ("CSV UTF-8" in Excel), or fix that byte.`,
      }
    : {
        "zh-CN": `文件“${file}”的编码无法识别：第 ${line} 行（字节偏移 ${offset}）的字节 ${hex} 既不是 UTF-8 也不是 GB18030（已尝试的编码：${tried}）。请将文件另存为 UTF-8（Excel 中的“CSV UTF-8”）。`,
        "en-US": `The file "${file}" is in an encoding TierSheet cannot read: byte ${hex} at offset ${offset} (line ${line}) is neither UTF-8 nor GB18030 (encodings tried: ${tried}). Save the file as UTF-8 ("CSV UTF-8" in Excel).`,
      };
  throw new TextEncodingError(file, offset, line, messages);
}
