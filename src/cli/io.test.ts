import { PassThrough } from "node:stream";
import { EventEmitter } from "node:events";
import { drainedOf, endQuietlyOnClosedPipe } from "./io";

describe("drainedOf", () => {
  it("resolves at once when nothing is queued", async () => {
    await expect(drainedOf(new PassThrough())).resolves.toBeUndefined();
  });

  it("waits until a full stream is read", async () => {
    const stream = new PassThrough({ highWaterMark: 16 });
    stream.write("x".repeat(1000));
    let done = false;
    const waiting = drainedOf(stream).then(() => (done = true));
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    stream.resume();
    await waiting;
    expect(done).toBe(true);
    expect(stream.listenerCount("drain")).toBe(0);
  });

  it("does not wait for ever on a stream that closes instead", async () => {
    const stream = new PassThrough({ highWaterMark: 16 });
    stream.write("x".repeat(1000));
    const waiting = drainedOf(stream);
    stream.destroy();
    await expect(waiting).resolves.toBeUndefined();
  });
});

describe("endQuietlyOnClosedPipe", () => {
  it("ends with code 0 when the reader has gone (EPIPE), and lets any other error through", () => {
    const stream = new EventEmitter();
    const exits: number[] = [];
    endQuietlyOnClosedPipe(stream, (code) => exits.push(code));
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits).toEqual([0]);
    expect(() =>
      stream.emit("error", Object.assign(new Error("no space"), { code: "ENOSPC" }))
    ).toThrow("no space");
  });
});
