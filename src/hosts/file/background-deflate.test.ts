import type { Worker } from "node:worker_threads";
import * as zlib from "node:zlib";
import { BackgroundDeflater, deflatePiece, deflateStreamInBackground } from "./background-deflate";

const PIECE = 1 << 16;

/** Bytes unlike from piece to piece, so a piece given back out of order would show. */
const textOf = (tag: string, pieces: number): Uint8Array =>
  new TextEncoder().encode(
    Array.from({ length: (pieces * PIECE) / 32 }, (_, i) => `<r n="${tag}${i}">x</r>`.padEnd(32))
      .join("")
      .slice(0, pieces * PIECE)
  );

/** Feeds `data` a piece at a time through one reused buffer, as DeflatingSink does. */
function feed(push: (piece: Uint8Array, last: boolean) => Uint8Array[], data: Uint8Array) {
  const buffer = new Uint8Array(PIECE);
  const outputs: Uint8Array[] = [];
  for (let at = 0; at < data.length; at += PIECE) {
    const piece = data.subarray(at, at + PIECE);
    buffer.set(piece);
    const last = at + PIECE >= data.length;
    const out = push(buffer.subarray(0, piece.length), last);
    if (!last) expect(out).toEqual([]);
    outputs.push(...out);
    buffer.fill(0); // the piece must have been copied before push returned
  }
  return outputs;
}

const inflate = (outputs: readonly Uint8Array[]) =>
  zlib.inflateRawSync(Buffer.concat(outputs.map((o) => Buffer.from(o))));

describe("BackgroundDeflater", () => {
  const deflaters: BackgroundDeflater[] = [];
  const made = (options: ConstructorParameters<typeof BackgroundDeflater>[0]) => {
    const deflater = new BackgroundDeflater(options);
    deflaters.push(deflater);
    return deflater;
  };
  afterAll(() => deflaters.forEach((d) => d.close()));

  it("gives one DEFLATE stream of many pieces, in order, from a buffer the caller reuses", () => {
    const data = textOf("a", 40);
    const outputs = feed(made({ level: 1 }).stream(), data);
    expect(Buffer.compare(inflate(outputs), data)).toBe(0);
  });

  it("ends a stream with an empty last piece", () => {
    const push = made({ level: 1 }).stream();
    const data = textOf("e", 3);
    const outputs = [
      ...push(data.subarray(0, PIECE), false),
      ...push(data.subarray(PIECE), false),
      ...push(new Uint8Array(0), true),
    ];
    expect(Buffer.compare(inflate(outputs), data)).toBe(0);
  });

  it("keeps two streams fed in turn apart", () => {
    const deflater = made({ level: 1 });
    const one = deflater.stream();
    const two = deflater.stream();
    const a = textOf("a", 12);
    const b = textOf("b", 7);
    const outA: Uint8Array[] = [];
    const outB: Uint8Array[] = [];
    for (let i = 0; i < 12; i++) {
      outA.push(...one(a.subarray(i * PIECE, (i + 1) * PIECE), i === 11));
      if (i < 7) outB.push(...two(b.subarray(i * PIECE, (i + 1) * PIECE), i === 6));
    }
    expect(Buffer.compare(inflate(outA), a)).toBe(0);
    expect(Buffer.compare(inflate(outB), b)).toBe(0);
  });

  it("never has more pieces in flight than it allows", () => {
    const deflater = made({ level: 1, maxInFlight: 2 });
    const data = textOf("c", 30);
    const outputs = feed(deflater.stream(), data);
    expect(Buffer.compare(inflate(outputs), data)).toBe(0);
    expect(deflater.peakInFlight).toBeGreaterThanOrEqual(1);
    expect(deflater.peakInFlight).toBeLessThanOrEqual(2);
  });

  it("throws the worker's error in the caller", () => {
    const push = made({ level: 99 }).stream(); // zlib refuses the level
    expect(() => feed(push, textOf("d", 3))).toThrow(/deflate failed: .*level/);
  });

  it("throws, rather than waiting for ever, when the worker dies", () => {
    const deflater = made({ level: 1 });
    const push = deflater.stream();
    push(textOf("f", 1), false);
    // A message it cannot read kills it as an uncaught error would.
    (deflater as unknown as { worker: Worker }).worker.postMessage(null);
    expect(() => push(new Uint8Array(0), true)).toThrow(/background deflater stopped/);
  });

  it("throws once closed", () => {
    const deflater = made({ level: 1 });
    const push = deflater.stream();
    deflater.close();
    expect(() => push(textOf("h", 1), true)).toThrow(/background deflater stopped/);
  });
});

describe("deflateStreamInBackground", () => {
  it("gives the bytes the same pieces deflated in turn give", () => {
    const data = textOf("g", 5);
    const outputs = feed(deflateStreamInBackground(1), data);
    const inTurn = [0, 1, 2, 3, 4].map((i) =>
      deflatePiece(data.subarray(i * PIECE, (i + 1) * PIECE), i === 4, 1)
    );
    expect(Buffer.compare(Buffer.concat(outputs), Buffer.concat(inTurn))).toBe(0);
  });

  it("deflates the pieces right here where no worker can share memory", () => {
    const saved = globalThis.SharedArrayBuffer;
    jest.isolateModules(() => {
      (globalThis as { SharedArrayBuffer?: unknown }).SharedArrayBuffer = undefined;
      try {
        const fresh = require("./background-deflate") as typeof import("./background-deflate");
        const data = textOf("i", 3);
        const push = fresh.deflateStreamInBackground(1);
        // In place, each piece's output comes back from its own push.
        const outputs = [
          push(data.subarray(0, PIECE), false),
          push(data.subarray(PIECE, 2 * PIECE), false),
          push(data.subarray(2 * PIECE), true),
        ];
        expect(outputs.map((o) => o.length)).toEqual([1, 1, 1]);
        expect(Buffer.compare(inflate(outputs.flat()), data)).toBe(0);
      } finally {
        globalThis.SharedArrayBuffer = saved;
      }
    });
  });
});
