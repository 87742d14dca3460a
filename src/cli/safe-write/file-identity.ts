import { createHash } from "node:crypto";
import * as fs from "node:fs";

/** What tells one version of a file from another: its size, modification time and content hash. */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** The identity of the file at `path` now; null when there is none. */
export function fileIdentity(path: string): FileIdentity | null {
  let before: fs.Stats;
  try {
    before = fs.statSync(path);
  } catch {
    return null;
  }
  const sha256 = createHash("sha256").update(fs.readFileSync(path)).digest("hex");
  return { size: before.size, mtimeMs: before.mtimeMs, sha256 };
}

/** True when both name the same version (a save with equal bytes still counts as a change). */
export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.sha256 === b.sha256
  );
}
