import * as fs from "node:fs";
import * as path from "node:path";
import type { Localized } from "../../i18n/lang";
import { acquireLock } from "./advisory-lock";
import { faultsFrom } from "./faults";
import { checkOutputTarget } from "./output-target";
import { sideNames } from "./side-names";
import { syncFolder, writeDurably } from "./write-durably";
import { writeFailure } from "./write-failure";

/**
 * Writes an output file (`score -o`) safely: only to a regular file or a new path, under the
 * advisory lock beside it, through a synced side file renamed over the target in one step, so the
 * target holds either its old content or all of the new one, whatever stops the run. Failures come
 * back as messages in both languages. `shown` is the path as the user wrote it; `env` carries the
 * test hook TIERSHEET_FAULT (faults.ts).
 */
export function writeNewOutput(
  target: string,
  shown: string,
  bytes: Uint8Array | readonly Uint8Array[],
  env: NodeJS.ProcessEnv,
  note: (message: Localized) => void
): void {
  const faults = faultsFrom(env);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
  } catch (error) {
    throw writeFailure(error, shown);
  }
  const real = checkOutputTarget(target, shown);
  const names = sideNames(real);
  const lock = acquireLock(real, shown, note);
  try {
    faults("lock");
    const existing = fs.existsSync(real) ? fs.statSync(real).mode & 0o7777 : undefined;
    writeDurably(names.fresh, bytes, faults, existing);
    faults("check");
    checkOutputTarget(real, shown);
    faults("rename");
    fs.renameSync(names.fresh, real);
    syncFolder(path.dirname(real));
  } catch (error) {
    fs.rmSync(names.fresh, { force: true });
    throw writeFailure(error, shown);
  } finally {
    faults("unlock");
    lock.release();
  }
}
