/**
 * The add-in's sheets are told from a user's after other programs saved the workbook (fixtures made
 * by test/fixtures/xlsx/make-own-sheet-fixtures.sh with LibreOffice and openpyxl).
 */
import { copyFileSync, readFileSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../../src/hosts/file/read-xlsx";
import { applyPlanToXlsx } from "../../../src/hosts/file/plan/apply-plan";
import type { SheetData, WorkbookData } from "../../../src/engine/table/sheet";
import { scoreWorkbook } from "../../../src/engine/score-workbook";
import { buildScorePlan } from "../../../src/engine/plan/build-score-plan";
import { previousHistory } from "../../../src/engine/history/snapshot";
import { dayFromIso } from "../../../src/engine/day";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import type { Localized } from "../../../src/i18n/lang";
import { runCli, STACK_TRACE, tempDir } from "../../support/run-cli";

const FIXTURES = join(__dirname, "../../fixtures/xlsx");

function copyFixture(name: string): { dir: string; file: string } {
  const dir = tempDir();
  copyFileSync(join(FIXTURES, name), join(dir, name));
  return { dir, file: join(dir, name) };
}

async function read(file: string): Promise<WorkbookData> {
  return readXlsx(new Uint8Array(readFileSync(file)), "book.xlsx");
}

function sheet(workbook: WorkbookData, name: string): SheetData {
  const found = workbook.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${workbook.sheets.map((s) => s.name)}`);
  return found;
}

function historyDates(workbook: WorkbookData): number[] {
  return [...new Set(previousHistory(workbook).map((row) => row.date))].sort();
}

async function refresh(
  name: string
): Promise<{ code: number; out: string; workbook: WorkbookData }> {
  const { dir, file } = copyFixture(name);
  const run = await runCli(["refresh", name, "--as-of", "2026-02-01"], dir);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  return { code: run.code, out: run.stdout + run.stderr, workbook: await read(file) };
}

const ADDIN_NAMES = /^TierSheet |^_tiersheet/;
const FIRST = dayFromIso("2026-01-01") as number;
const SECOND = dayFromIso("2026-02-01") as number;

async function scoreJson(name: string): Promise<unknown> {
  const { dir } = copyFixture(name);
  const run = await runCli(["score", name, "--as-of", "2026-01-01", "--json"], dir);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe("the add-in's sheets after other programs saved the workbook", () => {
  it("LibreOffice round trip (registry no longer very hidden): refresh continues the history", async () => {
    const before = await read(join(FIXTURES, "lo-scored.xlsx"));
    expect(sheet(before, "TierSheet History").outputKey).toBe("history");
    const { code, workbook } = await refresh("lo-scored.xlsx");
    expect(code).toBe(0);
    expect(workbook.sheets.map((s) => s.name).filter((n) => n.includes("(2)"))).toEqual([]);
    expect(historyDates(workbook)).toEqual([FIRST, SECOND]);
  });

  it("LibreOffice round trip: the old output is not read as data, so scores are unchanged", async () => {
    expect(await scoreJson("lo-scored.xlsx")).toEqual(await scoreJson("scored.xlsx"));
  });

  it("openpyxl renumbered the sheet ids around a user's inserted sheet: nothing of the user's is lost", async () => {
    const { code, workbook } = await refresh("openpyxl-inserted.xlsx");
    expect(code).toBe(0);
    expect(sheet(workbook, "My notes").rows).toEqual([["Call 甲公司 on Monday"]]);
    expect(sheet(workbook, "My notes").outputKey).toBeUndefined();
    expect(workbook.sheets.map((s) => s.name).filter((n) => n.includes("(2)"))).toEqual([]);
    expect(historyDates(workbook)).toEqual([FIRST, SECOND]);
  });

  it("a user's sheet with a deleted add-in sheet's id is kept, and the add-in writes its own again", async () => {
    const { code, workbook } = await refresh("openpyxl-reused-id.xlsx");
    expect(code).toBe(0);
    expect(sheet(workbook, "My analysis").rows).toEqual([["my analysis"]]);
    expect(sheet(workbook, "My analysis").outputKey).toBeUndefined();
    expect(sheet(workbook, "TierSheet Credit").outputKey).toBe("credit");
  });

  it("a user's own sheet named TierSheet History is never touched nor taken for the history", async () => {
    const { dir, file } = copyFixture("user-named-history.xlsx");
    const scored = join(dir, "scored.xlsx");
    expect((await runCli(["score", file, "--as-of", "2026-01-01", "-o", scored], dir)).code).toBe(
      0
    );
    expect((await runCli(["refresh", scored, "--as-of", "2026-02-01"], dir)).code).toBe(0);
    const workbook = await read(scored);
    const mine = sheet(workbook, "TierSheet History");
    expect(mine.rows).toEqual([["my own history notes"], [42]]);
    expect(mine.outputKey).toBeUndefined();
    expect(sheet(workbook, "TierSheet History (2)").outputKey).toBe("history");
    expect(historyDates(workbook)).toEqual([FIRST, SECOND]);
    expect(workbook.sheets.filter((s) => s.name.startsWith("TierSheet History"))).toHaveLength(2);
  });

  it("a sheet that looks like ours without its marker is never data, and a refresh stops naming it", async () => {
    const before = await read(join(FIXTURES, "openpyxl-unmarked-history.xlsx"));
    expect(sheet(before, "TierSheet History").outputKey).toBe("unconfirmed:history");
    expect(await scoreJson("openpyxl-unmarked-history.xlsx")).toEqual(
      await scoreJson("scored.xlsx")
    );
    const { dir, file } = copyFixture("openpyxl-unmarked-history.xlsx");
    const original = readFileSync(file);
    const run = await runCli(
      ["refresh", "openpyxl-unmarked-history.xlsx", "--as-of", "2026-02-01"],
      dir
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('"TierSheet History"');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  it("text typed beside the add-in's output is moved to a sheet of its own and named in a notice", async () => {
    const input = new Uint8Array(readFileSync(join(FIXTURES, "openpyxl-typed-note.xlsx")));
    const workbook = await readXlsx(input, "book.xlsx");
    const run = scoreWorkbook(workbook, { asOf: SECOND, settings: DEFAULT_SETTINGS });
    if (run === null) throw new Error("not scored");
    const plan = buildScorePlan(run, "en-US", { previousHistory: previousHistory(workbook) });
    const notices: Localized[] = [];
    const output = await applyPlanToXlsx(input, plan, { onNotice: (m) => notices.push(m) });
    const after = await readXlsx(output, "book.xlsx");
    const kept = sheet(after, "TierSheet Tiers notes");
    expect(kept.outputKey).toBeUndefined();
    expect(kept.rows[1][25]).toBe("ask the sales team about these");
    expect(sheet(after, "TierSheet Tiers").rows.flat()).not.toContain(
      "ask the sales team about these"
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]["en-US"]).toContain('"TierSheet Tiers notes"');
    expect(notices[0]["en-US"]).toContain("Z2");
    expect(notices[0]["zh-CN"]).toContain("“TierSheet Tiers notes”");
    // Refreshed again: the moved text is a user's sheet now, and nothing else is moved.
    const again: Localized[] = [];
    await applyPlanToXlsx(output, plan, { onNotice: (m) => again.push(m) });
    expect(again).toEqual([]);
  });
});
