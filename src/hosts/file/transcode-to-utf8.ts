/** Bytes decoded per step: a GB18030 or UTF-16 file is never one string. */
const CHUNK = 1 << 20;

/**
 * Text in another encoding as UTF-8 bytes, decoded and re-encoded a chunk at a time (a character cut
 * between chunks is carried over by the streaming decoder), so that the whole file is never one string.
 * The result is the UTF-8 of what one `new TextDecoder(encoding).decode(bytes)` gives: bytes it cannot
 * read become U+FFFD and a byte order mark at the start is dropped.
 */
export function transcodeToUtf8(
  bytes: Uint8Array,
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030",
  chunk = CHUNK
): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  // Each UTF-16 unit of text needs at most 3 bytes of UTF-8.
  let out = new Uint8Array(Math.max(16, bytes.length + (bytes.length >>> 1)));
  let used = 0;
  const append = (text: string): void => {
    if (text === "") return;
    const needed = used + text.length * 3;
    if (needed > out.length) {
      const bigger = new Uint8Array(Math.max(needed, out.length * 2));
      bigger.set(out.subarray(0, used));
      out = bigger;
    }
    used += encoder.encodeInto(text, out.subarray(used)).written;
  };
  for (let at = 0; at < bytes.length; at += chunk) {
    append(
      decoder.decode(bytes.subarray(at, Math.min(bytes.length, at + chunk)), { stream: true })
    );
  }
  append(decoder.decode());
  return out.slice(0, used);
}
