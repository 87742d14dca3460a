import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliError } from "../cli-error";
import { safeWriteText } from "../../i18n/safe-write";
import type { Localized } from "../../i18n/lang";
import { sideNames } from "./side-names";
import { writeFailure } from "./write-failure";

/** What a lock file says about the run that holds it. */
interface LockRecord {
  pid: number;
  host: string;
  token: string;
  started: string;
}

/** A held lock; `release` removes it only while it is still this run's. */
export interface HeldLock {
  path: string;
  release(): void;
}

/** Locks this process holds now, by token: two runs inside one process (tests) share a pid. */
const HELD = new Set<string>();

function readRecord(file: string): LockRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(file, "utf8")) as LockRecord;
    return typeof record.pid === "number" && typeof record.token === "string" ? record : null;
  } catch {
    return null;
  }
}

function isAlive(record: LockRecord): boolean {
  if (record.host !== os.hostname()) return true; // another machine's run: never guess it dead
  if (record.pid === process.pid) return HELD.has(record.token);
  try {
    process.kill(record.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Creates `file` holding `text` only if it does not exist, whole or not at all. */
function createExclusive(file: string, text: string): boolean {
  const temp = `${file}.${process.pid}.${randomUUID().slice(0, 8)}`;
  fs.writeFileSync(temp, text, { flag: "wx" });
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // A file system without hard links: an exclusive create, then the content.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    try {
      fs.writeFileSync(file, text, { flag: "wx" });
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw inner;
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Takes the advisory lock beside `target` (a file named in side-names.ts), so that one TierSheet
 * run at a time writes it: a second run is refused with a message naming the first (its process
 * and start) and the lock file. A lock whose process has died (killed, or the machine stopped) is
 * taken over after what that run left beside the target is removed, and `note` tells the user what
 * was recovered. `shown` is the target as the user wrote it.
 */
export function acquireLock(
  target: string,
  shown: string,
  note: (message: Localized) => void
): HeldLock {
  const names = sideNames(target);
  const record: LockRecord = {
    pid: process.pid,
    host: os.hostname(),
    token: randomUUID(),
    started: new Date().toISOString(),
  };
  const text = JSON.stringify(record);
  for (let attempt = 0; attempt < 3; attempt++) {
    let created: boolean;
    try {
      created = createExclusive(names.lock, text);
    } catch (error) {
      throw writeFailure(error, shown);
    }
    if (created) {
      HELD.add(record.token);
      removeLeftovers(target, shown, null, note);
      return {
        path: names.lock,
        release: () => {
          HELD.delete(record.token);
          if (readRecord(names.lock)?.token === record.token)
            fs.rmSync(names.lock, { force: true });
        },
      };
    }
    const holder = readRecord(names.lock);
    if (holder !== null && isAlive(holder)) {
      throw new CliError(
        safeWriteText((t) => t.locked(shown, holder.pid, holder.started, names.lock))
      );
    }
    takeOver(names.lock, holder);
    removeLeftovers(target, shown, holder?.pid ?? 0, note);
  }
  const holder = readRecord(names.lock);
  throw new CliError(
    safeWriteText((t) => t.locked(shown, holder?.pid ?? 0, holder?.started ?? "?", names.lock))
  );
}

/**
 * Moves a dead run's lock aside; if what was moved turns out to be a live run's new lock (it took
 * over first), puts it back so that run keeps it.
 */
function takeOver(lock: string, dead: LockRecord | null): void {
  const aside = `${lock}.${process.pid}.${randomUUID().slice(0, 8)}.stale`;
  try {
    fs.renameSync(lock, aside);
  } catch {
    return; // gone already: another run took it over; the next attempt sees the new one
  }
  const moved = readRecord(aside);
  if (moved !== null && dead !== null && moved.token !== dead.token) {
    try {
      fs.linkSync(aside, lock);
    } catch {
      // Someone holds a newer lock still: the next attempt will meet it.
    }
  }
  fs.rmSync(aside, { force: true });
}

/** Removes the side files of a run that stopped before it finished, and says so once. */
function removeLeftovers(
  target: string,
  shown: string,
  pid: number | null,
  note: (message: Localized) => void
): void {
  const names = sideNames(target);
  const removed: string[] = [];
  for (const file of [names.fresh, names.backupTemp]) {
    if (fs.existsSync(file)) {
      fs.rmSync(file, { force: true });
      removed.push(path.basename(file));
    }
  }
  if (pid !== null || removed.length > 0) {
    const list = removed.length > 0 ? removed.join(", ") : path.basename(names.lock);
    note(safeWriteText((t) => t.recovered(shown, pid ?? "?", list)));
  }
}
