import { existsSync } from "fs";
import { join } from "path";
import { WRITE_STEPS } from "../../src/cli/safe-write/faults";
import { runCli, tempDir } from "../support/run-cli";
import { runCliChild } from "../support/run-cli-child";
import { sideFiles, smallWorkbook, snapshotDates } from "./refresh-history";

/**
 * A refresh killed (SIGKILL, as by a power cut or the OOM killer) at each step of its write: the
 * workbook must be whole at its path with its history, the backup whole, and the next refresh must
 * clean up, say what it recovered and add its snapshot without losing one.
 */
describe.each(WRITE_STEPS)("a refresh killed at %s", (step) => {
  it("leaves the workbook whole with its history, and the next run recovers and says so", async () => {
    const dir = tempDir();
    const file = join(dir, "book.xlsx");
    const backup = join(dir, "book.bak.xlsx");
    await smallWorkbook(file);
    expect((await runCli(["refresh", "book.xlsx", "--as-of", "2026-10-01"], dir)).code).toBe(0);

    const killed = await runCliChild(
      ["refresh", "book.xlsx", "--as-of", "2026-11-01"],
      { TIERSHEET_FAULT: `${step}:kill` },
      dir
    );
    expect(killed.signal).toBe("SIGKILL");
    const after = await snapshotDates(file);
    // Only a run killed as it gives the lock up had put its workbook in place.
    expect(after).toEqual(step === "unlock" ? ["2026-10-01", "2026-11-01"] : ["2026-10-01"]);
    expect(existsSync(backup)).toBe(true);
    expect((await snapshotDates(backup)).length).toBeLessThanOrEqual(after.length);

    const next = await runCli(["refresh", "book.xlsx", "--as-of", "2026-12-01"], dir);
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(
      /^Note: an earlier TierSheet run on book\.xlsx \(process \d+\) stopped before it finished\. book\.xlsx was never missing and is whole; removed what that run left behind: /
    );
    expect(await snapshotDates(file)).toEqual([...after, "2026-12-01"]);
    expect(await snapshotDates(backup)).toEqual(after);
    expect(sideFiles(dir)).toEqual([]);
  });
});
