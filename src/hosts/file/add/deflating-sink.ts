import type { CompressedPart } from "../plan/write-zip";
import type { ZipCodec } from "../xlsx/zip-codec";

const CHUNK = 1 << 20;
const DEFLATED = 8;

/**
 * Text written as UTF-8 and deflated a megabyte at a time: a 100,000-customer sheet (~100 MB of
 * XML) exists only as its compressed pieces, never whole, and one buffer is reused for every piece.
 * `finish` gives the part ready for the zip (write-zip.ts copies it as it is).
 */
export class DeflatingSink {
  private readonly buffer = new Uint8Array(CHUNK);
  private used = 0;
  private size = 0;
  private crc = 0;
  private readonly body: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();
  private readonly push: (piece: Uint8Array, last: boolean) => Uint8Array[];

  constructor(private readonly codec: ZipCodec) {
    this.push = codec.deflateStream();
  }

  write(text: string): void {
    // At most 3 bytes per UTF-16 unit; a longer text than a chunk is written in slices.
    if (text.length * 3 > CHUNK) {
      const step = Math.floor(CHUNK / 3);
      for (let at = 0; at < text.length; at += step) {
        let end = Math.min(at + step, text.length);
        // Never split a surrogate pair.
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
        this.write(text.slice(at, end));
        at = end - step;
      }
      return;
    }
    if (this.used + text.length * 3 > CHUNK) this.flush(false);
    this.used += this.encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
  }

  private flush(last: boolean): void {
    const piece = this.buffer.subarray(0, this.used);
    this.crc = this.codec.crc32(piece, this.crc);
    this.size += piece.length;
    for (const out of this.push(piece, last)) this.body.push(out);
    this.used = 0;
  }

  /** The part as compressed; nothing may be written after. */
  finish(): CompressedPart {
    this.flush(true);
    return { method: DEFLATED, crc: this.crc >>> 0, size: this.size, body: this.body };
  }
}
