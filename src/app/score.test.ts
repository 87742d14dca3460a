import { DEFAULT_SETTINGS } from "../engine/settings";
import { readWorkbook } from "./read-workbook";
import { scoreRequest } from "./score";
import { AS_OF, customerHost } from "./use-cases.test-helper";

describe("scoreRequest", () => {
  it("gives a run for a sheet with a header", async () => {
    const host = await customerHost([["C1", "甲", "王", 100, 2, "2026-10-01", "2025-01-01"]]);
    const outcome = scoreRequest(await readWorkbook(host), {
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
    });
    expect("run" in outcome && outcome.run.customers.length).toBe(1);
  });

  it("gives no run, and the finding, for a sheet without a recognisable header", async () => {
    const host = await customerHost([["x", "y"]], ["甲", "乙"]);
    const outcome = scoreRequest(await readWorkbook(host), {
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
    });
    expect(outcome).toMatchObject({
      unscorable: "no-header",
      finding: { code: "header-not-found" },
    });
  });

  it("gives no run for a sheet that is not there", async () => {
    const host = await customerHost([["C1", "甲", "王", 100, 2, "2026-10-01", "2025-01-01"]]);
    const outcome = scoreRequest(await readWorkbook(host), {
      asOf: AS_OF,
      settings: DEFAULT_SETTINGS,
      sheetName: "Gone",
    });
    expect(outcome).toEqual({ unscorable: "no-sheet" });
  });
});
