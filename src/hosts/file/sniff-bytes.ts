/** What the first bytes of a file say it is. */
export type ByteKind = "empty" | "zip" | "ole2" | "text";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: old .xls, and how Excel wraps a password-protected .xlsx. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Tell a zip (xlsx), an OLE2 compound file (.xls or encrypted .xlsx), an empty file and anything else apart. */
export function sniffBytes(bytes: Uint8Array): ByteKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE2.slice(0, 4))) return "ole2";
  return "text";
}

/** Bytes of either shape as a Uint8Array view (no copy). */
export function asBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
