import { spawnSync } from "child_process";
import { existsSync, readdirSync, writeFileSync } from "fs";
import { hostname } from "os";
import { join } from "path";
import { tempDir } from "../../../test/support/run-cli";
import { acquireLock } from "./advisory-lock";
import { sideNames } from "./side-names";

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", "0"]).pid as number;
}

describe("acquireLock", () => {
  it("holds a lock file beside the target until released, and refuses a second holder meanwhile", () => {
    const target = join(tempDir(), "book.xlsx");
    const lock = acquireLock(target, "book.xlsx", () => undefined);
    expect(existsSync(sideNames(target).lock)).toBe(true);
    expect(() => acquireLock(target, "book.xlsx", () => undefined)).toThrow(
      /being written by another TierSheet run/
    );
    lock.release();
    expect(existsSync(sideNames(target).lock)).toBe(false);
    acquireLock(target, "book.xlsx", () => undefined).release();
  });

  it("takes over the lock of a run that died, removes what it left and says so", () => {
    const dir = tempDir();
    const target = join(dir, "book.xlsx");
    const names = sideNames(target);
    const pid = deadPid();
    writeFileSync(
      names.lock,
      JSON.stringify({ pid, host: hostname(), token: "t", started: "then" })
    );
    writeFileSync(names.fresh, "half a workbook");
    const notes: string[] = [];
    const lock = acquireLock(target, "book.xlsx", (m) => notes.push(m["en-US"]));
    expect(notes).toEqual([
      `Note: an earlier TierSheet run on book.xlsx (process ${pid}) stopped before it finished. book.xlsx was never missing and is whole; removed what that run left behind: ${names.fresh.split("/").pop()}.`,
    ]);
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("treats a lock from another machine as held (a shared folder), never guessing it dead", () => {
    const target = join(tempDir(), "book.xlsx");
    writeFileSync(
      sideNames(target).lock,
      JSON.stringify({ pid: deadPid(), host: "another-host", token: "t", started: "then" })
    );
    expect(() => acquireLock(target, "book.xlsx", () => undefined)).toThrow(
      /another TierSheet run/
    );
  });

  it("leaves another run's lock alone when releasing", () => {
    const target = join(tempDir(), "book.xlsx");
    const first = acquireLock(target, "book.xlsx", () => undefined);
    first.release();
    const second = acquireLock(target, "book.xlsx", () => undefined);
    first.release();
    expect(existsSync(sideNames(target).lock)).toBe(true);
    second.release();
  });
});
