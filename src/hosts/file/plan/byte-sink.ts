/**
 * UTF-8 bytes appended piece by piece into one growing array. A 100,000-customer sheet body is
 * ~200 MB of XML: built as strings it costs a rope, a flattened copy twice that size (two bytes a
 * character once any Chinese is in it) and an encoded copy; written here it is built once, as bytes.
 */
export class ByteSink {
  private bytes: Uint8Array;
  private length = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(capacity);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Appends text as UTF-8; ASCII (tags, numbers) is copied a character at a time, the rest encoded. */
  write(text: string): void {
    const n = text.length;
    // At most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
    this.reserve(n * 3);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        at += this.encoder.encodeInto(text.slice(i), bytes.subarray(at)).written;
        break;
      }
      bytes[at++] = c;
    }
    this.length = at;
  }

  /** The bytes written so far (a view: later writes may reuse the memory). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  get size(): number {
    return this.length;
  }
}
