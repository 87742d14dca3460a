import * as fs from "node:fs";
import type { Faults } from "./faults";

/**
 * Writes `bytes` (or its pieces in turn) to `file` (a side file of the run's own) and flushes them to the disk before
 * returning, so that a rename that follows can never publish a file whose content is still only in
 * the page cache: after a power cut, the renamed name would hold zeros. Keeps `mode` (the
 * permissions of the file it will replace). On failure removes what it wrote and rethrows.
 */
export function writeDurably(
  file: string,
  bytes: Uint8Array | readonly Uint8Array[],
  faults: Faults,
  mode?: number
): void {
  fs.rmSync(file, { force: true });
  faults("write");
  const fd = fs.openSync(file, "wx", mode ?? 0o666);
  try {
    // Given in pieces (a zip's headers and parts), written one after the other.
    for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) {
      let done = 0;
      while (done < piece.length) done += fs.writeSync(fd, piece, done, piece.length - done);
    }
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    faults("fsync");
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw error;
  }
  fs.closeSync(fd);
}

/** Flushes a folder's entries (a rename's new name) to the disk; a no-op where folders cannot be opened. */
export function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, "r");
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; its renames are durable on their own.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
