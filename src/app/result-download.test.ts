import { DEFAULT_SETTINGS } from "../engine/settings";
import { FileHost } from "../hosts/file/file-host";
import { applyPlanToXlsx } from "../hosts/file/plan/apply-plan";
import { readWorkbook } from "./read-workbook";
import { resultFile } from "./result-download";
import { scoreRequest } from "./score";
import { AS_OF, customerHost } from "./use-cases.test-helper";

const ROWS = [
  ["C1", "甲", "王", 100, 2, "2026-10-01", "2025-01-01"],
  ["C2", "乙", "李", 50, 1, "2026-09-01", "2026-09-01"],
];

async function outputKeys(bytes: Uint8Array): Promise<string[]> {
  const reopened = await FileHost.open(bytes, "r.xlsx", { applyPlanToXlsx });
  return reopened.workbook().sheets.flatMap((s) => (s.outputKey ? [s.outputKey] : []));
}

describe("resultFile", () => {
  it("writes a scored but unwritten run first, so the download holds the results", async () => {
    const host = await customerHost(ROWS);
    const outcome = scoreRequest(await readWorkbook(host), {
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
    });
    if (!("run" in outcome)) throw new Error("no run");
    const file = await resultFile(host, outcome.run, "en-US");
    expect(file.wroteResults).toBe(true);
    expect(file.name).toBe("customers-tiersheet.xlsx");
    expect(await outputKeys(file.bytes)).toEqual(
      expect.arrayContaining(["tiers", "credit", "history", "dashboard"])
    );
  });

  it("hands over the workbook as it is when nothing waits to be written", async () => {
    const host = await customerHost(ROWS);
    const file = await resultFile(host, null, "en-US");
    expect(file.wroteResults).toBe(false);
    expect(await outputKeys(file.bytes)).toEqual([]);
  });
});
