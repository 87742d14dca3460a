import { isAbort } from "../../app/read-workbook";
import { readBytes } from "./read-bytes";

function streamOf(chunks: number[][]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]));
      else controller.close();
    },
  });
}

describe("readBytes", () => {
  it("joins the chunks and reports the bytes read so far of the whole", async () => {
    const seen: string[] = [];
    const bytes = await readBytes(streamOf([[1, 2], [3], [4, 5, 6]]), 6, (d, t) =>
      seen.push(`${d}/${t}`)
    );
    expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen).toEqual(["2/6", "3/6", "6/6"]);
  });

  it("stops with a cancel between chunks", async () => {
    const controller = new AbortController();
    const error = await readBytes(
      streamOf([[1], [2], [3]]),
      3,
      (done) => done === 1 && controller.abort(),
      controller.signal
    ).catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
  });
});
