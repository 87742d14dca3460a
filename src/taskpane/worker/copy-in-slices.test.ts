import { copyInSlices } from "./copy-in-slices";

describe("copyInSlices", () => {
  it("copies every byte into a buffer of its own, pausing between slices", async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    let pauses = 0;
    const copy = await copyInSlices(bytes, 300, async () => void pauses++);
    expect(copy).toEqual(bytes);
    expect(copy.buffer).not.toBe(bytes.buffer);
    // 4 slices, a pause before each but the first: the page's thread is free between them.
    expect(pauses).toBe(3);
  });

  it("copies nothing for no bytes", async () => {
    expect(await copyInSlices(new Uint8Array(0))).toEqual(new Uint8Array(0));
  });
});
