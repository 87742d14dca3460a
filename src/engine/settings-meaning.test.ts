import { DEFAULT_SETTINGS, parseSettings } from "./settings";
import { MAX_DAYS, settingsMeaning } from "./settings-meaning";

/** The issues parseSettings gives for `given` laid over the defaults. */
const issuesOf = (given: unknown) => parseSettings(given).issues;

describe("settingsMeaning", () => {
  it("finds nothing wrong with the defaults", () => {
    expect(settingsMeaning(DEFAULT_SETTINGS)).toEqual([]);
  });

  it("refuses a negative limit multiplier, naming the setting and the rule in both languages", () => {
    const issues = issuesOf({ credit: { policy: { AA: { limitMultiplier: -2.5, terms: 60 } } } });
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe("credit.policy.AA.limitMultiplier");
    expect(issues[0].message["en-US"]).toBe(
      "'credit policy › AA › limit multiplier' must be 0 or more, not -2.5"
    );
    expect(issues[0].message["zh-CN"]).toBe(
      "“信用政策 › AA › 额度倍数”必须大于或等于 0，实为 -2.5"
    );
  });

  it("keeps terms within 0-3650 days", () => {
    for (const terms of [-1, 1e300, MAX_DAYS + 1]) {
      const issues = issuesOf({ credit: { policy: { AAA: { limitMultiplier: 3, terms } } } });
      expect(issues.map((i) => i.path)).toEqual(["credit.policy.AAA.terms"]);
      expect(issues[0].message["en-US"]).toContain("must be between 0 and 3650 days");
    }
    expect(
      issuesOf({ credit: { policy: { AAA: { limitMultiplier: 3, terms: MAX_DAYS } } } })
    ).toEqual([]);
    expect(
      issuesOf({ credit: { policy: { B: { limitMultiplier: 0.5, terms: "later" } } } })[0].path
    ).toBe("credit.policy.B.terms");
  });

  it("refuses grade minimums that do not strictly decrease from AAA to B", () => {
    const inverted = { AAA: 40, AA: 50, A: 60, BBB: 70, BB: 80, B: 90 };
    const issues = issuesOf({ credit: { gradeMinimums: inverted } });
    expect(issues.map((i) => i.path)).toEqual([
      "credit.gradeMinimums.AA",
      "credit.gradeMinimums.A",
      "credit.gradeMinimums.BBB",
      "credit.gradeMinimums.BB",
      "credit.gradeMinimums.B",
    ]);
    expect(issues[0].message["en-US"]).toContain("strictly decrease from AAA to B");
    expect(issues[0].message["zh-CN"]).toContain("严格递减");
    const equal = { AAA: 90, AA: 80, A: 80, BBB: 60, BB: 50, B: 40 };
    expect(issuesOf({ credit: { gradeMinimums: equal } }).map((i) => i.path)).toEqual([
      "credit.gradeMinimums.A",
    ]);
  });

  it("refuses negative weights and weights that add up to nothing", () => {
    const dims = DEFAULT_SETTINGS.credit.preset5P.dimensions;
    const negative = dims.map((d, i) => ({ ...d, weight: i === 0 ? -1 : d.weight }));
    expect(issuesOf({ credit: { preset5P: { dimensions: negative } } }).map((i) => i.path)).toEqual(
      ["credit.preset5P.dimensions[0].weight"]
    );
    const zero = dims.map((d) => ({ ...d, weight: 0 }));
    const issues = issuesOf({ credit: { preset5P: { dimensions: zero } } });
    expect(issues.map((i) => i.path)).toEqual(["credit.preset5P.dimensions"]);
    expect(issues[0].message["en-US"]).toContain("weights must add up to more than 0");
    expect(issuesOf({ credit: { altman: { mixWeight: -15 } } })[0].path).toBe(
      "credit.altman.mixWeight"
    );
  });

  it("refuses a mixed-in curve that does not increase in value", () => {
    const mixCurve = [
      { value: 0, points: 0 },
      { value: 2, points: 50 },
      { value: 1, points: 100 },
    ];
    const issues = issuesOf({ credit: { altman: { mixCurve } } });
    expect(issues.map((i) => i.path)).toEqual(["credit.altman.mixCurve[2].value"]);
    expect(issues[0].message["en-US"]).toContain("strictly increasing");
  });

  it("refuses a custom scorecard of no shape instead of failing with a TypeError", () => {
    const result = parseSettings('{"credit":{"custom":{}}}');
    expect(result.settings).toBeNull();
    expect(result.issues.map((i) => i.path)).toContain("credit.custom.dimensions");
  });

  it("refuses an expression past the length cap, naming the indicator", () => {
    const scorecard = structuredClone(DEFAULT_SETTINGS.credit.scorecard5C);
    const indicator = scorecard.dimensions[0].indicators[0];
    if (indicator.kind !== "curve") throw new Error("the first 5C indicator is a curve");
    indicator.expression = Array.from({ length: 4000 }, () => "orders").join(" + ");
    const issues = issuesOf({ credit: { method: "custom", custom: scorecard } });
    expect(issues.map((i) => i.path)).toEqual([
      "credit.custom.dimensions[0].indicators[0].expression",
    ]);
    expect(issues[0].message["en-US"]).toMatch(
      /^indicator 'overdue_days': the expression is \d+ characters long; at most 1000/
    );
  });

  it("bounds the work a run does and the day counts", () => {
    expect(issuesOf({ tiers: { clv: { years: 1e9 } } }).map((i) => i.path)).toEqual([
      "tiers.clv.years",
    ]);
    expect(issuesOf({ tiers: { naturalBreaks: { classes: 5000 } } }).map((i) => i.path)).toEqual([
      "tiers.naturalBreaks.classes",
    ]);
    expect(issuesOf({ credit: { reasonCount: -1 } }).map((i) => i.path)).toEqual([
      "credit.reasonCount",
    ]);
    expect(issuesOf({ tiers: { lifecycle: { churnDays: -5 } } }).map((i) => i.path)).toEqual([
      "tiers.lifecycle.churnDays",
    ]);
    expect(issuesOf({ credit: { minMonthsForAverageSales: 0 } }).map((i) => i.path)).toEqual([
      "credit.minMonthsForAverageSales",
    ]);
  });

  it("takes churn alerts by P(alive) only with the BG/NBD model, below a share between 0 and 1", () => {
    const bgnbd = { clv: { model: "bgnbd" } };
    expect(issuesOf({ tiers: { ...bgnbd, churnAlert: { rule: "p-alive" } } })).toEqual([]);
    expect(
      issuesOf({ tiers: { ...bgnbd, churnAlert: { rule: "p-alive", pAliveBelow: 0.5 } } })
    ).toEqual([]);
    const alone = issuesOf({ tiers: { churnAlert: { rule: "p-alive" } } });
    expect(alone.map((i) => i.path)).toEqual(["tiers.churnAlert.rule"]);
    expect(alone[0].message["en-US"]).toBe(
      "'tiers › churn alert › rule' by P(alive) needs the BG/NBD lifetime value model (tiers.clv.model = \"bgnbd\")"
    );
    expect(alone[0].message["zh-CN"]).toContain("“分级 › 流失预警 › 预警规则”");
    for (const pAliveBelow of [0, 1, -0.2, 30]) {
      const issues = issuesOf({ tiers: { churnAlert: { pAliveBelow } } });
      expect(issues.map((i) => i.path)).toEqual(["tiers.churnAlert.pAliveBelow"]);
    }
    expect(issuesOf({ tiers: { churnAlert: { rule: "silence" } } })[0].message["en-US"]).toBe(
      '\'tiers › churn alert › rule\' must be "gap" or "p-alive", not "silence"'
    );
  });
});
