import { readWorkbook } from "../../app/read-workbook";
import { scoreRequest } from "../../app/score";
import { AS_OF, customerHost } from "../../app/use-cases.test-helper";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import type { ScoreRun } from "../../engine/score-workbook";
import { scoredCustomerAt } from "../../engine/scored-customers";
import { packRun, unpackRun } from "./run-parts";
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

/** What crosses: the packed run, through a structured clone as postMessage makes it. */
function cross(run: ScoreRun) {
  return structuredClone(packRun(run));
}

describe("a run crossing from the worker", () => {
  it("gets the same run back, its customers' results as columns", async () => {
    const { run, workbook } = await scored(2500);
    const head = cross(run);
    const back = unpackRun(head, workbook);
    expect(plainData(back)).toEqual(plainData(run));
    expect(back.customers.inputs.source).toMatchObject({ table: back.table });
    expect(scoredCustomerAt(back, 1234)).toEqual(scoredCustomerAt(run, 1234));
  });

  it("leaves the sheet's rows behind and puts back the pane's own arrays", async () => {
    const { run, workbook } = await scored(3);
    const head = cross(run);
    expect(head.run.sheet.rows).toEqual([]);
    expect(head.run.table.raw).toEqual([]);
    const back = unpackRun(head, workbook);
    const paneSheet = workbook.sheets.find((s) => s.name === run.sheet.name)!;
    expect(back.sheet).toBe(paneSheet);
    expect(back.table.raw[0]).toBe(paneSheet.rows[back.table.rows[0] - 1]);
  });

  it("sends the rows after all when the table's rows are not the sheet's own", async () => {
    const { run } = await scored(3);
    const copied = { ...run, table: { ...run.table, raw: run.table.raw.map((r) => [...r]) } };
    const head = cross(copied);
    expect(head.run.sheet.rows.length).toBe(run.sheet.rows.length);
    expect(plainData(unpackRun(head, { sheets: [] }))).toEqual(plainData(copied));
  });

  it("says so when the pane's workbook lacks the run's sheet (a bug, never a wrong run)", async () => {
    const { run } = await scored(3);
    const head = cross(run);
    expect(() => unpackRun(head, { sheets: [] })).toThrow(/no sheet/);
  });
});
