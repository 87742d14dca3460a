import * as zlib from "node:zlib";
import { deflateStreamInBackground } from "./background-deflate";
import { InflateLimitError, type ZipCodec } from "./xlsx/zip-codec";

const LEVEL = 1;

/**
 * Node's native zlib for the packages the CLI reads and writes. Level 1: on 100,000-row sheets it
 * is several times faster than the default and the file barely grows (the XML is repetitive).
 */
export const NODE_ZIP_CODEC: ZipCodec = {
  inflateRaw(data, limit, sizeHint) {
    try {
      // Output in one chunk of the declared size (one byte more, to see the end) rather than
      // 16 KB chunks joined by a copy at the end.
      const chunkSize = Math.min(Math.max((sizeHint ?? 0) + 1, 64 * 1024), limit + 1);
      return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, limit), chunkSize });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        throw new InflateLimitError(limit);
      throw error;
    }
  },
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: LEVEL }),
  crc32: (data, previous) => zlib.crc32(data, previous ?? 0),
  // On a worker thread, so that compressing one megabyte overlaps writing the next.
  deflateStream: () => deflateStreamInBackground(LEVEL),
};
