import { readWorkbook } from "../../app/read-workbook";
import { scoreRequest } from "../../app/score";
import { AS_OF, customerHost } from "../../app/use-cases.test-helper";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import type { ScoreRun } from "../../engine/score-workbook";
import { CUSTOMERS_PER_PART, packRun, unpackRun } from "./run-parts";
import { plainData } from "./plain-data.test-helper";

/** A scored workbook of n customers, and the workbook as the pane holds it. */
async function scored(n: number) {
  const rows = Array.from({ length: n }, (_, i) => [
    `C${i + 1}`,
    `客户${i + 1}`,
    "王",
    100 + ((i * 37) % 900),
    1 + (i % 9),
    "2026-10-01",
    "2025-01-01",
  ]);
  const workbook = await readWorkbook(await customerHost(rows));
  const outcome = scoreRequest(workbook, { asOf: AS_OF, settings: DEFAULT_SETTINGS });
  if (!("run" in outcome)) throw new Error("the sample did not score");
  return { run: outcome.run, workbook };
}

/** What crosses: the worker's head and parts, each through its own structured clone. */
function cross(run: ScoreRun) {
  const { head, parts } = packRun(run);
  return { head: structuredClone(head), parts: parts.map((p) => structuredClone(p)) };
}

describe("a run crossing from the worker in parts", () => {
  it("sends the customers in parts of a thousand and gets the same run back", async () => {
    const { run, workbook } = await scored(2500);
    const { head, parts } = cross(run);
    expect(parts.map((p) => p.length)).toEqual([CUSTOMERS_PER_PART, CUSTOMERS_PER_PART, 500]);
    expect(head.run.customers).toEqual([]);
    expect(plainData(unpackRun(head, parts, workbook))).toEqual(plainData(run));
  });

  it("leaves the sheet's rows behind and puts back the pane's own arrays", async () => {
    const { run, workbook } = await scored(3);
    const { head, parts } = cross(run);
    expect(head.run.sheet.rows).toEqual([]);
    expect(head.run.table.raw).toEqual([]);
    const back = unpackRun(head, parts, workbook);
    const paneSheet = workbook.sheets.find((s) => s.name === run.sheet.name)!;
    expect(back.sheet).toBe(paneSheet);
    expect(back.table.raw[0]).toBe(paneSheet.rows[back.table.rows[0] - 1]);
  });

  it("sends the rows after all when the table's rows are not the sheet's own", async () => {
    const { run } = await scored(3);
    const copied = { ...run, table: { ...run.table, raw: run.table.raw.map((r) => [...r]) } };
    const { head, parts } = cross(copied);
    expect(head.run.sheet.rows.length).toBe(run.sheet.rows.length);
    expect(plainData(unpackRun(head, parts, { sheets: [] }))).toEqual(plainData(copied));
  });

  it("says so when the pane's workbook lacks the run's sheet (a bug, never a wrong run)", async () => {
    const { run } = await scored(3);
    const { head, parts } = cross(run);
    expect(() => unpackRun(head, parts, { sheets: [] })).toThrow(/no sheet/);
  });
});
