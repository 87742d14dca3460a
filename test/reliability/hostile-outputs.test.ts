import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from "fs";
import { join } from "path";
import { main } from "../../src/cli/main";
import { STACK_TRACE, tempDir } from "../support/run-cli";
import { smallWorkbook, snapshotDates } from "./refresh-history";

/** Runs the CLI in this process with extra environment (the TIERSHEET_FAULT hook). */
async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    env: { LANG: "en_US.UTF-8", ...env },
    cwd,
  });
  expect(stderr).not.toMatch(STACK_TRACE);
  expect(stderr).not.toMatch(/internal error|TypeError|RangeError|Please report/i);
  return { code, stdout, stderr };
}

const CSV = "客户编号,客户名称,累计销售额\nC001,甲公司,100\n";

async function withCsv(): Promise<string> {
  const dir = tempDir();
  const { writeFileSync } = await import("fs");
  writeFileSync(join(dir, "in.csv"), CSV);
  return dir;
}

describe("score -o only to a regular file or a new path", () => {
  it("refuses a folder, naming it, in both languages", async () => {
    const dir = await withCsv();
    mkdirSync(join(dir, "out"));
    const run = await cli(["score", "in.csv", "-o", "out", "--force"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "Cannot write to out: it is a folder. TierSheet writes only to a regular file or a new path.\n"
    );
    const zh = await cli(["score", "in.csv", "-o", "out", "--lang", "zh-CN"], dir);
    expect(zh.stderr).toContain("无法写入 out：它是文件夹");
  });

  it("never replaces a device node: -o /dev/full --force", async () => {
    const dir = await withCsv();
    const before = statSync("/dev/full");
    const run = await cli(["score", "in.csv", "-o", "/dev/full", "--force"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "Cannot write to /dev/full: it is a device (character special file)."
    );
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
    expect(statSync("/dev/full").ino).toBe(before.ino);
  });

  it("refuses a named pipe instead of hanging on it", async () => {
    const dir = await withCsv();
    execFileSync("mkfifo", [join(dir, "pipe.xlsx")]);
    const run = await cli(["score", "in.csv", "-o", "pipe.xlsx", "--force"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("it is a named pipe (FIFO)");
  });

  it("writes a 255-byte name, and refuses a 256-byte one in words", async () => {
    const dir = await withCsv();
    const longest = "n".repeat(250) + ".xlsx";
    expect((await cli(["score", "in.csv", "-o", longest], dir)).code).toBe(0);
    expect(existsSync(join(dir, longest))).toBe(true);
    const run = await cli(["score", "in.csv", "-o", "n" + longest], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "the name is 256 bytes long, and the file system allows at most 255"
    );
  });

  it("says a full disk is full, and leaves no part of a file", async () => {
    const dir = await withCsv();
    const run = await cli(["score", "in.csv", "-o", "out.xlsx"], dir, {
      TIERSHEET_FAULT: "write:ENOSPC",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "Cannot write out.xlsx: the disk is full (or the quota is used up). Free some space and run again.\n"
    );
    expect(readdirSync(dir)).toEqual(["in.csv"]);
  });

  it("says an immutable or read-only folder cannot be changed", async () => {
    const dir = await withCsv();
    const run = await cli(["score", "in.csv", "-o", "out.xlsx"], dir, {
      TIERSHEET_FAULT: "rename:EPERM",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "no permission to change . (it may be read-only, or marked immutable)"
    );
  });
});

describe("refresh when a step fails", () => {
  it.each([
    ["rename", "EXDEV", /^Cannot write book\.xlsx \(EXDEV\): .* book\.xlsx was not changed\.$/m],
    ["fsync", "EIO", /the disk reported an input\/output error\. .*book\.xlsx was not changed\./],
    ["write", "ENOSPC", /the disk is full .*book\.xlsx was not changed\./],
  ])(
    "at %s (%s): the workbook stays whole at its path with its history, and the message says so",
    async (step, code, message) => {
      const dir = tempDir();
      await smallWorkbook(join(dir, "book.xlsx"));
      expect((await cli(["refresh", "book.xlsx", "--as-of", "2026-10-01"], dir)).code).toBe(0);
      const bytes = readFileSync(join(dir, "book.xlsx"));
      const run = await cli(["refresh", "book.xlsx", "--as-of", "2026-11-01"], dir, {
        TIERSHEET_FAULT: `${step}:${code}`,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(readFileSync(join(dir, "book.xlsx")).equals(bytes)).toBe(true);
      expect(await snapshotDates(join(dir, "book.xlsx"))).toEqual(["2026-10-01"]);
      expect(readdirSync(dir).sort()).toEqual(["book.bak.xlsx", "book.xlsx"]);
    }
  );
});

/** True when `command ARGS` runs and exits 0 (root with the tools: these machines and CI). */
const works = (command: string, args: string[]) => spawnSync(command, args).status === 0;

describe("real file-system refusals (root with chattr and mount, as on these machines and CI)", () => {
  const probe = tempDir();
  const canChattr = works("chattr", ["+i", probe]) && works("chattr", ["-i", probe]);
  const canMount =
    works("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) && works("umount", [probe]);

  (canChattr ? it : it.skip)("an immutable folder: a message, not an internal error", async () => {
    const dir = await withCsv();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    execFileSync("chattr", ["+i", locked]);
    try {
      const run = await cli(["score", "in.csv", "-o", "locked/out.xlsx"], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("Cannot write locked/out.xlsx: no permission to change locked");
      expect(run.stderr).toContain("marked immutable");
    } finally {
      execFileSync("chattr", ["-i", locked]);
    }
  });

  (canMount ? it : it.skip)(
    "a full disk: a message, and nothing half-written left on it",
    async () => {
      const dir = await withCsv();
      const full = join(dir, "tiny");
      mkdirSync(full);
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", full]);
      try {
        const run = await cli(["score", "in.csv", "-o", "tiny/out.xlsx"], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
          "Cannot write tiny/out.xlsx: the disk is full (or the quota is used up). Free some space and run again.\n"
        );
        expect(readdirSync(full)).toEqual([]);
      } finally {
        execFileSync("umount", [full]);
        rmdirSync(full);
      }
    }
  );
});
