import { abortError } from "../../app/read-workbook";

/**
 * Reads a file's bytes chunk by chunk, reporting how many of its bytes are in so far, and stops at
 * a cancel between chunks: opening a large workbook shows "n of m" and can be cancelled.
 */
export async function readBytes(
  stream: ReadableStream<Uint8Array>,
  size: number,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw abortError();
      const next = await reader.read();
      if (next.done) break;
      chunks.push(next.value);
      done += next.value.length;
      onProgress(done, Math.max(size, done));
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(done);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
