import { dayFromIso } from "../../engine/day";
import { makeSample } from "../../engine/sample/make-sample";
import { scoreWorkbook, type ScoredCustomer } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { customerJsonText } from "./customer-json-text";
import { customerJson } from "./score-json";

const asOf = dayFromIso("2026-11-01")!;

function scoredSample(): ScoredCustomer[] {
  const { workbook } = makeSample({ kind: "enterprise", rows: 150, seed: 3, asOf, messy: true });
  return scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!.customers;
}

const same = (s: ScoredCustomer): void => {
  for (const lang of ["en-US", "zh-CN"] as const)
    expect(customerJsonText(s, lang)).toBe(JSON.stringify(customerJson(s, lang)));
};

describe("customerJsonText", () => {
  it("writes each scored sample customer exactly as JSON.stringify(customerJson(...))", () => {
    const customers = scoredSample();
    expect(customers.length).toBeGreaterThan(100);
    customers.forEach(same);
  });

  it("escapes text and writes odd numbers and nulls as JSON.stringify does", () => {
    const base = scoredSample().find((s) => s.tiers.rfm !== null && s.credit.reasons.length > 0)!;
    const names = [
      'a "quoted" name',
      "back\\slash",
      "ctl\u0001\n\t",
      '=HYPERLINK("x")',
      "客户",
      null,
    ];
    const numbers = [-0, 1e308, -1.7e308, Infinity, NaN, 1e21, 123.456789, null];
    for (const name of names) {
      same({ ...base, customer: { ...base.customer, name, customer_id: `id "${name}" \ud83d` } });
    }
    for (const v of numbers) {
      same({
        ...base,
        tiers: {
          ...base.tiers,
          value: v,
          clv: v,
          abc: null,
          pyramid: null,
          lifecycle: null,
          churnAlert: null,
          rfm: { ...base.tiers.rfm!, segment: 'Can\'t "Lose" \\Them\u0007' },
        },
        credit: { ...base.credit, score: v, limit: v, terms: "COD" },
        altman: { z: v ?? 0, x1: 0, x2: 0, x3: 0, x4: 0, zone: "grey" },
      });
    }
    same({
      ...base,
      tiers: { ...base.tiers, rfm: null },
      credit: { ...base.credit, reasons: [], terms: 30 },
    });
    same({ ...base, altman: null });
  });
});
