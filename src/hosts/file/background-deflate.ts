import {
  MessageChannel,
  type MessagePort,
  Worker,
  receiveMessageOnPort,
} from "node:worker_threads";
import * as zlib from "node:zlib";

/**
 * Raw DEFLATE of a stream's pieces on a worker thread, behind the same synchronous
 * `(piece, last) => outputs` as ZipCodec.deflateStream: the CLI builds sheet XML on its one JS
 * thread while the other core compresses the megabyte before. Each piece is compressed on its own
 * (sync-flushed, the last one finished), so only the order of the outputs matters.
 *
 * The caller never yields to the event loop, so nothing here may wait on an event: results are
 * read with receiveMessageOnPort and the waiting is Atomics.wait on a shared count of pieces in
 * flight, which also bounds the uncompressed bytes queued (a million-row sheet is ~1 GB of XML).
 */

/** Slots of the shared Int32Array: pieces posted and not yet answered; 1 once the worker exits. */
const IN_FLIGHT = 0;
const EXITED = 1;
/** The size of a new buffer for pieces: DeflatingSink's, so that one fits any of its pieces. */
const SPARE_SIZE = 1 << 20;

// Plain JS, evaluated by the Worker, so it runs the same from lib/ and under ts-jest.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const zlib = require("node:zlib");
const { results, shared, level } = workerData;
const state = new Int32Array(shared);
process.on("exit", () => {
  Atomics.store(state, ${EXITED}, 1);
  Atomics.notify(state, ${IN_FLIGHT});
});
parentPort.on("message", ({ stream, seq, piece, last }) => {
  // The piece's buffer goes back to be filled again.
  const reply = { stream, seq, spare: piece.buffer };
  try {
    const flush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    let out = zlib.deflateRawSync(piece, { level, finishFlush: flush });
    // A clone carries the whole buffer of a view, and a small output of zlib is a view of more.
    if (out.byteOffset !== 0 || out.byteLength !== out.buffer.byteLength) out = new Uint8Array(out);
    // Cloned, not transferred: what the caller keeps is then allocated by its own thread. Kept in
    // this thread's malloc arena, between its short-lived buffers, the compressed parts of a
    // 1,048,575-row run raised the peak by ~140 MB.
    reply.out = out;
  } catch (error) {
    reply.error = String((error && error.message) || error);
  }
  results.postMessage(reply, [piece.buffer]);
  // Only after the post, so that a count the main thread sees drop is a result it can read.
  Atomics.sub(state, ${IN_FLIGHT}, 1);
  Atomics.notify(state, ${IN_FLIGHT});
});
`;

interface Reply {
  stream: number;
  seq: number;
  spare: ArrayBuffer;
  out?: Uint8Array;
  error?: string;
}

interface StreamState {
  posted: number;
  received: number;
  readonly outputs: Uint8Array[];
  error?: Error;
}

export interface BackgroundDeflaterOptions {
  level: number;
  /** Pieces posted and not yet compressed, at most; a push waits for room. */
  maxInFlight?: number;
  /** How long to wait without a single piece finishing before taking the worker for dead. */
  stallMs?: number;
}

/** One worker and the streams it compresses, any number of them interleaved. */
export class BackgroundDeflater {
  private readonly worker: Worker;
  private readonly results: MessagePort;
  private readonly state = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  // Weak so that a stream given up half way (its sink dropped after an error) does not keep its
  // compressed pieces for ever; late results for it are dropped.
  private readonly streams = new Map<number, WeakRef<StreamState>>();
  private nextStream = 0;
  private readonly spare: ArrayBuffer[] = [];
  private readonly maxInFlight: number;
  private readonly stallMs: number;
  private broken?: Error;
  private workerError?: Error;
  private peak = 0;

  readonly level: number;

  constructor(options: BackgroundDeflaterOptions) {
    this.level = options.level;
    this.maxInFlight = options.maxInFlight ?? 4;
    this.stallMs = options.stallMs ?? 60_000;
    const { port1, port2 } = new MessageChannel();
    this.results = port1;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { results: port2, shared: this.state.buffer, level: options.level },
      transferList: [port2],
    });
    // Neither may keep the process alive once the command is done.
    this.worker.unref();
    this.results.unref();
    // Heard only when the event loop turns, which a caller waiting here never lets it do: the
    // worker's own exit handler is what tells a waiting caller. Without an error listener, the
    // worker's error would crash the process then.
    this.worker.on("error", (error) => (this.workerError = error));
    this.worker.on("exit", () => this.stopped());
  }

  stream(): (piece: Uint8Array, last: boolean) => Uint8Array[] {
    const id = this.nextStream++;
    const stream: StreamState = { posted: 0, received: 0, outputs: [] };
    this.streams.set(id, new WeakRef(stream));
    return (piece, last) => {
      this.check(stream);
      this.settle(() => Atomics.load(this.state, IN_FLIGHT) < this.maxInFlight);
      this.check(stream);
      // The caller reuses its buffer as soon as this returns. Into a buffer the worker gave back:
      // a new megabyte each time costs more (zeroing, page faults) than the copy.
      let spare = this.spare.pop();
      if (!spare || spare.byteLength < piece.length)
        spare = new ArrayBuffer(Math.max(piece.length, SPARE_SIZE));
      const copy = new Uint8Array(spare, 0, piece.length);
      copy.set(piece);
      const inFlight = Atomics.add(this.state, IN_FLIGHT, 1) + 1;
      this.peak = Math.max(this.peak, inFlight);
      this.worker.postMessage({ stream: id, seq: stream.posted++, piece: copy, last }, [
        copy.buffer,
      ]);
      if (!last) return [];
      try {
        this.settle(() => stream.error !== undefined || stream.received === stream.posted);
        this.check(stream);
        return stream.outputs;
      } finally {
        this.streams.delete(id);
      }
    };
  }

  /** The most pieces ever in flight at once, for tests of the bound. */
  get peakInFlight(): number {
    return this.peak;
  }

  /** Stops the worker; streams not finished throw. */
  close(): void {
    // Terminated, the worker runs no exit handler of its own.
    this.stopped();
    void this.worker.terminate();
  }

  private stopped(): void {
    Atomics.store(this.state, EXITED, 1);
    Atomics.notify(this.state, IN_FLIGHT);
    if (shared.get(this.level) === this) shared.delete(this.level);
  }

  private check(stream: StreamState): void {
    if (stream.error) throw stream.error;
    if (this.broken) throw this.broken;
  }

  /** Reads results until `done`, waiting for the worker between reads. */
  private settle(done: () => boolean): void {
    for (;;) {
      // Read before draining: a count that changes after this wakes the wait below at once.
      const seen = Atomics.load(this.state, IN_FLIGHT);
      this.drain();
      if (done()) return;
      if (Atomics.load(this.state, EXITED) !== 0) {
        // It may have answered between the drain and its exit.
        this.drain();
        if (done()) return;
        return this.fail("stopped");
      }
      if (Atomics.wait(this.state, IN_FLIGHT, seen, this.stallMs) === "timed-out")
        return this.fail(`finished no piece in ${this.stallMs} ms`);
    }
  }

  private drain(): void {
    for (
      let got = receiveMessageOnPort(this.results);
      got;
      got = receiveMessageOnPort(this.results)
    ) {
      const reply = got.message as Reply;
      if (this.spare.length < this.maxInFlight) this.spare.push(reply.spare);
      const stream = this.streams.get(reply.stream)?.deref();
      if (!stream) {
        this.streams.delete(reply.stream);
        continue;
      }
      stream.received++;
      if (reply.error !== undefined) stream.error ??= new Error(`deflate failed: ${reply.error}`);
      else if (reply.out) stream.outputs[reply.seq] = reply.out;
    }
  }

  private fail(why: string): never {
    const cause = this.workerError ? `: ${this.workerError.message}` : "";
    this.broken = new Error(`the background deflater ${why}${cause}`);
    this.close();
    throw this.broken;
  }
}

/** One worker for each level asked for; the CLI asks for one. */
const shared = new Map<number, BackgroundDeflater>();
let unavailable = false;

/**
 * A DEFLATE stream compressed on the shared background worker, created on first use; where no
 * worker can be started (no SharedArrayBuffer, workers denied) the pieces are deflated right here.
 */
export function deflateStreamInBackground(
  level: number
): (piece: Uint8Array, last: boolean) => Uint8Array[] {
  if (!unavailable && !shared.has(level)) {
    try {
      if (typeof SharedArrayBuffer !== "function") throw new Error("no SharedArrayBuffer");
      shared.set(level, new BackgroundDeflater({ level }));
    } catch {
      unavailable = true;
    }
  }
  const deflater = shared.get(level);
  if (deflater) return deflater.stream();
  return (piece, last) => [deflatePiece(piece, last, level)];
}

/** One piece as the worker deflates it: byte-aligned and unfinished unless it is the last. */
export function deflatePiece(piece: Uint8Array, last: boolean, level: number): Uint8Array {
  return zlib.deflateRawSync(piece, {
    level,
    finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
  });
}
