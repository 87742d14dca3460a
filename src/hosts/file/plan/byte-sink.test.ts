import { ByteSink } from "./byte-sink";

describe("ByteSink", () => {
  it("writes ASCII, Chinese, emoji and lone surrogates as TextEncoder would, across chunks", () => {
    const pieces = [
      '<c r="A1">',
      "客户档案",
      "x😀y",
      "\ud800",
      "tail",
      "a".repeat(1 << 20),
      "客".repeat(5e5),
    ];
    const sink = new ByteSink();
    for (const p of pieces) sink.write(p);
    const expected = new TextEncoder().encode(pieces.join(""));
    expect(sink.size).toBe(expected.length);
    expect(sink.bytes()).toEqual(expected);
    expect(sink.bytes()).toEqual(expected);
  });

  it("gives no bytes before anything is written", () => {
    expect(new ByteSink().bytes().length).toBe(0);
  });
});
