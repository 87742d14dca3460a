import { ByteSink } from "./byte-sink";

describe("ByteSink", () => {
  it("writes ASCII, Chinese, emoji and lone surrogates as TextEncoder would, growing as needed", () => {
    const pieces = ['<c r="A1">', "客户档案", "x😀y", "\ud800", "tail", "a".repeat(100000)];
    const sink = new ByteSink(4);
    for (const p of pieces) sink.write(p);
    expect(sink.view()).toEqual(new TextEncoder().encode(pieces.join("")));
    expect(sink.size).toBe(new TextEncoder().encode(pieces.join("")).length);
  });

  it("gives an empty view before anything is written", () => {
    expect(new ByteSink().view().length).toBe(0);
  });
});
