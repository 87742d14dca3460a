import type { ZipDirEntry } from "./zip-directory";

interface Seen {
  crc: number;
  compressedSize: number;
  localOffset: number;
  marker: string | null;
}

/** Markers found while reading, by the package bytes they were read from, then by part path. */
const read = new WeakMap<Uint8Array, Map<string, Seen>>();

/**
 * Remembers the add-in's marker (or its absence) found in a worksheet part while its cells were
 * read, so that writing into the same bytes does not inflate a user's 100 MB sheet again to look
 * for it. Held by the very bytes object (gone with it), and only for the same entry.
 */
export function rememberMarker(zip: Uint8Array, entry: ZipDirEntry, marker: string | null): void {
  let parts = read.get(zip);
  if (!parts) read.set(zip, (parts = new Map()));
  const { crc, compressedSize, localOffset } = entry;
  parts.set(entry.name, { crc, compressedSize, localOffset, marker });
}

/** The marker rememberMarker recorded for this entry of these bytes: undefined when never read. */
export function rememberedMarker(zip: Uint8Array, entry: ZipDirEntry): string | null | undefined {
  const seen = read.get(zip)?.get(entry.name);
  if (!seen) return undefined;
  const same =
    seen.crc === entry.crc &&
    seen.compressedSize === entry.compressedSize &&
    seen.localOffset === entry.localOffset;
  return same ? seen.marker : undefined;
}
