const CHUNK = 1 << 20;

/**
 * UTF-8 bytes appended piece by piece, in chunks of 1 MB. A 100,000-customer sheet body is ~200 MB
 * of XML: built as one string it costs a rope, a flattened copy twice that size (two bytes a
 * character once any Chinese is in it) and an encoded copy; written here it is encoded once, a row at
 * a time. Write pieces of a few hundred characters or more: each write is one native encode call.
 */
export class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  private chunk = new Uint8Array(0);
  private used = 0;
  private total = 0;
  private readonly encoder = new TextEncoder();

  write(text: string): void {
    // At most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
    const most = text.length * 3;
    if (this.used + most > this.chunk.length) {
      this.seal();
      this.chunk = new Uint8Array(Math.max(CHUNK, most));
    }
    const written = this.encoder.encodeInto(text, this.chunk.subarray(this.used)).written;
    this.used += written;
    this.total += written;
  }

  private seal(): void {
    if (this.used > 0) this.chunks.push(this.chunk.subarray(0, this.used));
    this.chunk = new Uint8Array(0);
    this.used = 0;
  }

  /** Everything written, as one array. */
  bytes(): Uint8Array {
    this.seal();
    if (this.chunks.length === 1) return this.chunks[0];
    const out = new Uint8Array(this.total);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    this.chunks.push(out);
    return out;
  }

  get size(): number {
    return this.total;
  }
}
