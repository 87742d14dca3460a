import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "../cli-error";
import type { Localized } from "../../i18n/lang";
import { safeWriteText } from "../../i18n/safe-write";
import { acquireLock } from "./advisory-lock";
import { faultsFrom, type Faults } from "./faults";
import { fileIdentity, sameIdentity, type FileIdentity } from "./file-identity";
import { checkOutputTarget } from "./output-target";
import { sideNames } from "./side-names";
import { syncFolder, writeDurably } from "./write-durably";
import { NAME_LIMIT, nameBytes, writeFailure } from "./write-failure";

export interface InPlaceOptions {
  /** The file as the user wrote it, for messages. */
  shown: string;
  /** Where the file as it was read is kept (NAME.bak.xlsx), and that path for messages. */
  backup: string;
  backupShown: string;
  /** Carries the test hook TIERSHEET_FAULT (faults.ts). */
  env: NodeJS.ProcessEnv;
  /** Tells the user what was recovered from a run that stopped before it finished. */
  note: (message: Localized) => void;
}

/** A file being replaced in place: begun before it is read, committed with the new content. */
export interface InPlaceWrite {
  /** Where to read the file (a symbolic link is followed, so the link stays a link). */
  readonly path: string;
  /** Puts `bytes` in the file's place, the file as read becoming the backup. */
  commit(bytes: Uint8Array): void;
  /** Gives the lock up; always call it, in a `finally`. */
  release(): void;
}

/**
 * Starts replacing `target` in place (`refresh`): takes the advisory lock beside it (a second run
 * is refused), and records the file's identity (size, mtime, SHA-256) before it is read.
 *
 * `commit` then runs the steps in an order where the user's file exists, whole, at its path at every
 * instant, whatever stops the run (a failure, a kill, a power cut): the new content is written and
 * synced to a side file; the file is checked to be still the one read, and if a user saved it
 * meanwhile, it is left as saved and the new content kept beside it (NAME.refreshed-TIME.xlsx), both
 * named in the message; the file is hard-linked (or copied) to a side name that is renamed over the
 * old backup; the side file is renamed over the file, which replaces it in one step. A run killed
 * in between leaves side files and a lock that the next run removes, saying so (advisory-lock.ts).
 */
export function beginInPlaceWrite(target: string, options: InPlaceOptions): InPlaceWrite {
  const { shown, backup, backupShown, env, note } = options;
  if (nameBytes(backup) > NAME_LIMIT) {
    throw new CliError(safeWriteText((t) => t.backupNameTooLong(shown, backupShown)));
  }
  const real = checkOutputTarget(target, shown);
  const faults = faultsFrom(env);
  const lock = acquireLock(real, shown, note);
  let read: FileIdentity | null;
  try {
    faults("lock");
    read = fileIdentity(real);
  } catch (error) {
    lock.release();
    throw writeFailure(error, shown, shown);
  }
  return {
    path: real,
    commit: (bytes) => commit(real, bytes, read, options, faults),
    release: () => {
      try {
        faults("unlock");
      } finally {
        lock.release();
      }
    },
  };
}

function commit(
  real: string,
  bytes: Uint8Array,
  read: FileIdentity | null,
  options: InPlaceOptions,
  faults: Faults
): void {
  const { shown, backup } = options;
  const names = sideNames(real);
  try {
    const mode = fs.statSync(real).mode & 0o7777;
    writeDurably(names.fresh, bytes, faults, mode);
    faults("check");
    if (!sameIdentity(read, fileIdentity(real))) keepBoth(real, names.fresh, shown);
    faults("backup");
    fs.rmSync(names.backupTemp, { force: true });
    try {
      fs.linkSync(real, names.backupTemp);
    } catch {
      // No hard links here (FAT, some shares): a synced copy serves as well, only slower.
      fs.copyFileSync(real, names.backupTemp);
      const fd = fs.openSync(names.backupTemp, "r+");
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    }
    faults("rename-backup");
    fs.renameSync(names.backupTemp, backup);
    // rename(2) does nothing when both names are links to one file (a backup kept by a run that
    // was killed after this step): the side name must still go.
    fs.rmSync(names.backupTemp, { force: true });
    faults("rename");
    fs.renameSync(names.fresh, real);
    syncFolder(path.dirname(real));
  } catch (error) {
    fs.rmSync(names.fresh, { force: true });
    fs.rmSync(names.backupTemp, { force: true });
    throw writeFailure(error, shown, shown);
  }
}

/** The file changed since it was read: keep the user's save at its path and the new content beside it. */
function keepBoth(real: string, fresh: string, shown: string): never {
  const parsed = path.parse(real);
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
  let kept = path.join(parsed.dir, `${parsed.name}.refreshed-${stamp}${parsed.ext}`);
  for (let n = 2; fs.existsSync(kept); n++) {
    kept = path.join(parsed.dir, `${parsed.name}.refreshed-${stamp}-${n}${parsed.ext}`);
  }
  fs.renameSync(fresh, kept);
  const keptShown = path.join(path.dirname(shown), path.basename(kept));
  throw new CliError(safeWriteText((t) => t.changedMeanwhile(shown, keptShown)));
}
