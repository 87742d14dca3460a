import { MAX_PART_BYTES, inflateEntry } from "./inflate-entry";
import { readZipDirectory } from "./zip-directory";
import type { ZipCodec } from "./zip-codec";

export { MAX_PART_BYTES } from "./inflate-entry";

/** The zip's entry names and their declared inflated sizes, inflating nothing. */
export function listParts(zip: Uint8Array): Map<string, number> {
  return new Map(readZipDirectory(zip).map((e) => [e.name, e.size]));
}

/**
 * Inflates only the named parts (a part nobody needs costs nothing however large it is), each
 * refused past `limit` bytes with an error naming it. Missing parts are absent from the result.
 */
export function unzipParts(
  zip: Uint8Array,
  names: Iterable<string>,
  limit = MAX_PART_BYTES,
  codec?: ZipCodec
): Map<string, Uint8Array> {
  const wanted = new Set(names);
  const parts = new Map<string, Uint8Array>();
  for (const entry of readZipDirectory(zip)) {
    if (wanted.has(entry.name)) parts.set(entry.name, inflateEntry(zip, entry, limit, codec));
  }
  return parts;
}
