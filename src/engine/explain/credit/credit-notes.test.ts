import { dayFromIso } from "../../day";
import { creditCheck } from "../../plan/credit-check";
import { makeSample, type SampleKind } from "../../sample/make-sample";
import { scoreWorkbook, type ScoreRun } from "../../score-workbook";
import { DEFAULT_SETTINGS } from "../../settings";
import { creditNotes, noFinancialFieldsNote } from "./credit-notes";
import { eachScoredCustomer, scoredCustomerAt } from "../../scored-customers";

const asOf = dayFromIso("2026-11-01")!;

function run(kind: SampleKind, rows = 40, seed = 5): ScoreRun {
  const { workbook } = makeSample({ kind, rows, seed, asOf });
  return scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
}

describe("creditNotes (Why?)", () => {
  it("says that a file without financial fields grades no one, in both languages", () => {
    const individual = run("individual");
    const [en] = creditNotes(scoredCustomerAt(individual, 0), individual, "en-US");
    expect(en).toMatch(/^No financial fields: grades need .*Total assets/);
    const [zh] = creditNotes(scoredCustomerAt(individual, 0), individual, "zh-CN");
    expect(zh).toMatch(/资产总额/);
    expect(noFinancialFieldsNote(individual, "en-US")).toBe(en);
  });

  it("adds the check where a grade of A or better sits in the distress zone, and nothing elsewhere", () => {
    const enterprise = run("enterprise", 400, 16);
    expect(noFinancialFieldsNote(enterprise, "en-US")).toBeNull();
    const flagged = [...eachScoredCustomer(enterprise)].filter(
      (c) => creditCheck(c.credit, c.altman) !== null
    );
    const calm = [...eachScoredCustomer(enterprise)].find(
      (c) => creditCheck(c.credit, c.altman) === null
    )!;
    expect(flagged.length).toBeGreaterThan(0);
    expect(creditNotes(flagged[0], enterprise, "en-US")).toEqual([
      `Graded ${flagged[0].credit.grade} but Altman Z'' ${flagged[0].altman!.z.toFixed(2)} is in the distress zone (below 1.1): check the accounts before granting the limit.`,
    ]);
    expect(creditNotes(flagged[0], enterprise, "zh-CN")[0]).toMatch(/困境/);
    expect(creditNotes(calm, enterprise, "en-US")).toEqual([]);
  });
});
