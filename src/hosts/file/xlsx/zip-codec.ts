import { Deflate, Inflate, deflateSync } from "fflate";
import { crc32 } from "./crc32";

/** Thrown by inflateRaw when a part inflates past the limit it was given. */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`inflates past ${limit} bytes`);
    this.name = "InflateLimitError";
  }
}

/**
 * What reading and writing a zip package needs from its platform: raw DEFLATE both ways and CRC-32.
 * The CLI passes Node's native zlib (NODE_ZIP_CODEC, src/hosts/file/node-zip-codec.ts), faster on 100 MB
 * sheets; the browser uses fflate's (FFLATE_CODEC).
 */
export interface ZipCodec {
  /**
   * Inflates raw DEFLATE data, throwing InflateLimitError rather than giving more than `limit` bytes.
   * `sizeHint` is the size the zip declares, trusted for nothing but a buffer's first size.
   */
  inflateRaw(data: Uint8Array, limit: number, sizeHint?: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  /** CRC-32, continued from `previous` (the CRC of the bytes before) when given. */
  crc32(data: Uint8Array, previous?: number): number;
  /**
   * A DEFLATE stream fed piece by piece: the pieces' outputs, concatenated, are one raw DEFLATE
   * stream, so a part of hundreds of MB never exists whole.
   */
  deflateStream(): (piece: Uint8Array, last: boolean) => Uint8Array[];
}

const PIECE = 1 << 20;

export const FFLATE_CODEC: ZipCodec = {
  inflateRaw(data, limit) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > limit) throw new InflateLimitError(limit);
      chunks.push(chunk);
    });
    // Fed in pieces so that a bomb is stopped at the limit, not after filling memory.
    for (let at = 0; at < data.length; at += PIECE)
      inflater.push(data.subarray(at, at + PIECE), at + PIECE >= data.length);
    if (data.length === 0) inflater.push(data, true);
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  },
  deflateRaw: (data) => deflateSync(data, { level: 1 }),
  crc32: (data, previous) => crc32(data, previous),
  deflateStream() {
    let out: Uint8Array[] = [];
    const deflater = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
    return (piece, last) => {
      deflater.push(piece, last);
      const given = out;
      out = [];
      return given;
    };
  },
};
