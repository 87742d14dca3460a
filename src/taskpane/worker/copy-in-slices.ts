/** Bytes per slice: about a millisecond or two of copying, far below a long task. */
export const COPY_SLICE_BYTES = 2 * 1024 * 1024;

/**
 * A copy of `bytes`, made a slice at a time with the page's thread free between slices. One
 * `slice()` of a 27 MB workbook was a single task of 100-400 ms on the page (the copy and the
 * fresh memory's page faults) before the worker could even start.
 */
export async function copyInSlices(
  bytes: Uint8Array,
  sliceBytes = COPY_SLICE_BYTES,
  pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0))
): Promise<Uint8Array> {
  const copy = new Uint8Array(bytes.length);
  for (let at = 0; at < bytes.length; at += sliceBytes) {
    if (at > 0) await pause();
    copy.set(bytes.subarray(at, at + sliceBytes), at);
  }
  return copy;
}
