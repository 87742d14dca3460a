import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "fs";
import { join } from "path";
import { tempDir } from "../../../test/support/run-cli";
import { CliError } from "../cli-error";
import { WRITE_STEPS } from "./faults";
import { beginInPlaceWrite } from "./replace-in-place";

const OLD = "the workbook as the user saved it";
const OLDER = "the backup of the month before";
const NEW = "the refreshed workbook";

function setUp() {
  const dir = tempDir();
  const file = join(dir, "book.xlsx");
  const backup = join(dir, "book.bak.xlsx");
  writeFileSync(file, OLD);
  writeFileSync(backup, OLDER);
  return { dir, file, backup };
}

function refresh(file: string, backup: string, env: NodeJS.ProcessEnv = {}, edit?: () => void) {
  const notes: string[] = [];
  const write = beginInPlaceWrite(file, {
    shown: "book.xlsx",
    backup,
    backupShown: "book.bak.xlsx",
    env,
    note: (m) => notes.push(m["en-US"]),
  });
  try {
    edit?.();
    write.commit(new TextEncoder().encode(NEW));
  } finally {
    write.release();
  }
  return notes;
}

describe("beginInPlaceWrite", () => {
  it("puts the new content in place, the file as read becoming the backup, nothing left beside", () => {
    const { dir, file, backup } = setUp();
    expect(refresh(file, backup)).toEqual([]);
    expect(readFileSync(file, "utf8")).toBe(NEW);
    expect(readFileSync(backup, "utf8")).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(["book.bak.xlsx", "book.xlsx"]);
  });

  // Every step that can fail leaves the user's file whole at its path and the last backup intact
  // or replaced whole; the message says in words what failed and that the file was not changed.
  it.each(WRITE_STEPS.filter((s) => s !== "lock" && s !== "unlock"))(
    "a failure at %s leaves the file as it was and says so",
    (step) => {
      const { dir, file, backup } = setUp();
      let error: unknown;
      try {
        refresh(file, backup, { TIERSHEET_FAULT: `${step}:ENOSPC` });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CliError);
      const message = (error as CliError).messages;
      expect(message["en-US"]).toBe(
        "Cannot write book.xlsx: the disk is full (or the quota is used up). Free some space and run again. book.xlsx was not changed."
      );
      expect(message["zh-CN"]).toContain("磁盘已满");
      expect(readFileSync(file, "utf8")).toBe(OLD);
      // Before the backup's rename the old backup stays; from it on, the backup is the file as read.
      expect([OLD, OLDER]).toContain(readFileSync(backup, "utf8"));
      if (step === "rename") expect(readFileSync(backup, "utf8")).toBe(OLD);
      expect(readdirSync(dir).sort()).toEqual(["book.bak.xlsx", "book.xlsx"]);
    }
  );

  it("a failure when taking the lock changes nothing, and the next run is not refused", () => {
    const { dir, file, backup } = setUp();
    expect(() => refresh(file, backup, { TIERSHEET_FAULT: "lock:EIO" })).toThrow();
    expect(readdirSync(dir).sort()).toEqual(["book.bak.xlsx", "book.xlsx"]);
    refresh(file, backup);
    expect(readFileSync(file, "utf8")).toBe(NEW);
  });

  it("refuses a second run while the first holds the lock, naming it and the lock file", () => {
    const { file, backup } = setUp();
    const first = beginInPlaceWrite(file, {
      shown: "book.xlsx",
      backup,
      backupShown: "book.bak.xlsx",
      env: {},
      note: () => undefined,
    });
    try {
      expect(() => refresh(file, backup)).toThrow(
        new RegExp(
          `book.xlsx is being written by another TierSheet run \\(process ${process.pid}, started .*delete .*\\.~tiersheet-[0-9a-f]{12}\\.lock\\.`
        )
      );
    } finally {
      first.release();
    }
    refresh(file, backup);
    expect(readFileSync(file, "utf8")).toBe(NEW);
  });

  it("keeps both when a user saves the file while it is being refreshed", () => {
    const { dir, file, backup } = setUp();
    const saved = "saved from Excel meanwhile";
    let error: unknown;
    try {
      refresh(file, backup, {}, () => {
        writeFileSync(file, saved);
        utimesSync(file, new Date(), new Date(Date.now() + 5000));
      });
    } catch (e) {
      error = e;
    }
    expect((error as CliError).messages["en-US"]).toMatch(
      /^book.xlsx changed while it was being refreshed .*written to book\.refreshed-\d{8}T\d{6}\.xlsx; run refresh again/
    );
    expect(readFileSync(file, "utf8")).toBe(saved);
    expect(readFileSync(backup, "utf8")).toBe(OLDER);
    const kept = readdirSync(dir).filter((n) => n.startsWith("book.refreshed-"));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]), "utf8")).toBe(NEW);
    expect(existsSync(join(dir, kept[0]))).toBe(true);
  });

  it("refuses a name whose backup would be longer than the file system allows", () => {
    const dir = tempDir();
    const file = join(dir, "x".repeat(250) + ".xlsx");
    writeFileSync(file, OLD);
    expect(() => refresh(file, join(dir, "x".repeat(250) + ".bak.xlsx"))).toThrow(
      /would need a name longer than the file system allows/
    );
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
