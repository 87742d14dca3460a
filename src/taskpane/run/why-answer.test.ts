import { creditDetail } from "../../engine/credit-detail";
import { dayFromIso } from "../../engine/day";
import { creditNotes } from "../../engine/explain/credit/credit-notes";
import { explainCredit } from "../../engine/explain/credit/explain-credit";
import { explainCustomerTiers } from "../../engine/explain/tiers/explain-customer-tiers";
import { pAliveInput } from "../../engine/explain/tiers/p-alive-input";
import { makeSample } from "../../engine/sample/make-sample";
import { scoreWorkbook } from "../../engine/score-workbook";
import { scoredCustomerAt } from "../../engine/scored-customers";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { whyAnswer } from "./why-answer";

const asOf = dayFromIso("2026-11-01")!;
const scoreWith = (method: "5C" | "fuzzy") =>
  scoreWorkbook(makeSample({ kind: "enterprise", rows: 30, seed: 5, asOf }).workbook, {
    asOf,
    settings: { ...DEFAULT_SETTINGS, credit: { ...DEFAULT_SETTINGS.credit, method } },
  })!;

describe("whyAnswer (Why? for one row, built where the run is)", () => {
  it("says what the Why? panel said, in both languages, for the customer on a row", () => {
    const run = scoreWith("5C");
    const scored = scoredCustomerAt(run, 3);
    const answer = whyAnswer(run, scored.customer.row)!;
    expect(answer.customerId).toBe(scored.customer.customer_id);
    const tiers = explainCustomerTiers(
      scored.tiers,
      scored.customer,
      run.tiers,
      run.settings.tiers,
      undefined,
      pAliveInput(run, 3)
    );
    expect(answer.tiers.map((x) => x.key)).toEqual(Object.keys(tiers));
    expect(answer.tiers[0].text).toEqual(Object.values(tiers)[0]);
    for (const lang of ["zh-CN", "en-US"] as const) {
      expect(answer.credit[lang]).toBe(explainCredit(creditDetail(run, scored), lang));
      expect(answer.creditNotes[lang]).toEqual(creditNotes(scored, run, lang));
    }
    expect(answer.fuzzy).toBeNull();
    expect(structuredClone(answer)).toEqual(answer);
  });

  it("explains the fuzzy evaluation when the run used it", () => {
    const run = scoreWith("fuzzy");
    const answer = whyAnswer(run, scoredCustomerAt(run, 0).customer.row)!;
    expect(answer.fuzzy?.["en-US"]).toMatch(/[Ff]uzzy/);
    expect(answer.fuzzy?.["zh-CN"]).toMatch(/模糊/);
  });

  it("is null for a row no customer came from (the header)", () => {
    expect(whyAnswer(scoreWith("5C"), 1)).toBeNull();
  });
});
