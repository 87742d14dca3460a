import { createHash } from "node:crypto";
import * as path from "node:path";

/** The files a safe write keeps beside its target while it runs. */
export interface SideNames {
  /** Held while a run writes the target; says which process. */
  lock: string;
  /** The new content, complete and synced before it replaces the target. */
  fresh: string;
  /** The backup being made, renamed over the old backup in one step. */
  backupTemp: string;
}

/**
 * Side files named by a short hash of the target's name rather than the name itself, so a
 * 255-byte name (the most a file system allows) still has room beside it for them; the hash keeps
 * two targets in one folder apart, and the next run finds the files of a run that was killed.
 */
export function sideNames(target: string): SideNames {
  const key = createHash("sha256").update(path.basename(target)).digest("hex").slice(0, 12);
  const side = (suffix: string) => path.join(path.dirname(target), `.~tiersheet-${key}.${suffix}`);
  return { lock: side("lock"), fresh: side("new"), backupTemp: side("bak") };
}
