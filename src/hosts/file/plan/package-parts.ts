/** A part as the package edits read it (JSZip's file objects have the same shape). */
export interface PartFile {
  async(type: "string"): Promise<string>;
}

/**
 * The parts of a package being edited: what addChartsToZip, sheetParts and readRels need of JSZip.
 * JSZip satisfies it; so does PackageParts, which reads the stored package ExcelJS writes without
 * copying it.
 */
export interface ZipParts {
  readonly files: Readonly<Record<string, unknown>>;
  file(path: string): PartFile | null;
  file(path: string, data: string | Uint8Array): unknown;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const STORED = 0;

/** Where the end-of-central-directory record starts (it may be followed by a comment). */
function endOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Error("the package has no zip directory");
}

/**
 * A package's parts, in memory: parts read from a stored (uncompressed) zip are views of its bytes,
 * parts written are kept as given until entries() encodes them.
 */
export class PackageParts implements ZipParts {
  private readonly parts = new Map<string, string | Uint8Array>();

  /** The parts of a zip whose entries are all stored, in the zip's order (ExcelJS with STORE). */
  static fromStoredZip(zip: Uint8Array): PackageParts {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = endOfDirectory(view);
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const decoder = new TextDecoder();
    const parts = new PackageParts();
    for (let i = 0; i < count; i++) {
      if (view.getUint32(at, true) !== CENTRAL_HEADER)
        throw new Error("a zip directory entry is damaged");
      const method = view.getUint16(at + 10, true);
      const size = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const local = view.getUint32(at + 42, true);
      const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
      if (name.endsWith("/")) continue;
      if (method !== STORED) throw new Error(`the part ${name} is compressed, not stored`);
      if (view.getUint32(local, true) !== LOCAL_HEADER)
        throw new Error(`the part ${name} is damaged`);
      const start =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      parts.parts.set(name, zip.subarray(start, start + size));
    }
    return parts;
  }

  get files(): Readonly<Record<string, unknown>> {
    return Object.fromEntries([...this.parts.keys()].map((name) => [name, true]));
  }

  file(path: string): PartFile | null;
  file(path: string, data: string | Uint8Array): this;
  file(path: string, data?: string | Uint8Array): PartFile | null | this {
    if (data !== undefined) {
      this.parts.set(path, data);
      return this;
    }
    const part = this.parts.get(path);
    if (part === undefined) return null;
    return {
      async: async () => (typeof part === "string" ? part : new TextDecoder().decode(part)),
    };
  }

  /** Every part as bytes, in order: the parts read first, then the ones added. */
  entries(): { name: string; data: Uint8Array }[] {
    const encoder = new TextEncoder();
    return [...this.parts].map(([name, data]) => ({
      name,
      data: typeof data === "string" ? encoder.encode(data) : data,
    }));
  }
}
