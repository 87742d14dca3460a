import type { CreditSettings } from "./credit-settings";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { presetScorecard } from "./presets";

const s = DEFAULT_CREDIT_SETTINGS;
const ids = (settings: CreditSettings) =>
  presetScorecard(settings).scorecard.dimensions.map((d) => [
    d.id,
    d.weight,
    d.indicators.map((i) => i.id),
  ]);

describe("presetScorecard", () => {
  it("gives the 5C scorecard by default", () => {
    expect(presetScorecard(s)).toEqual({ scorecard: s.scorecard5C, issues: [] });
  });

  it("regroups the 5C indicators for 5P, Purpose taking revenue growth and the returns ratio", () => {
    const result = presetScorecard({ ...s, method: "5P" });
    expect(result.issues).toEqual([]);
    expect(ids({ ...s, method: "5P" })).toEqual([
      ["personal", 25, ["overdue_days", "late_payments", "customer_years"]],
      ["purpose", 15, ["revenue_growth", "returns_ratio"]],
      ["payment", 15, ["current_ratio", "net_margin"]],
      ["protection", 35, ["debt_ratio", "registered_capital", "collateral_cover"]],
      ["perspective", 10, ["industry_risk", "business_years"]],
    ]);
  });

  it("follows edits to the 5C curves in 5P", () => {
    const edited = structuredClone(s);
    const first = edited.scorecard5C.dimensions[0].indicators[0];
    if (first.kind === "curve") first.curve = [{ value: 0, points: 50 }];
    const personal = presetScorecard({ ...edited, method: "5P" }).scorecard.dimensions[0]
      .indicators[0];
    expect(personal.kind === "curve" && personal.curve).toEqual([{ value: 0, points: 50 }]);
  });

  it("reports a 5P regrouping that names an unknown indicator, repeats one, or leaves one out", () => {
    const broken = structuredClone(s);
    broken.method = "5P";
    broken.preset5P.dimensions[1].indicatorIds = ["revenue_growth", "overdue_days", "cash_flow"];
    const messages = presetScorecard(broken).issues.map((i) => i.message["en-US"]);
    expect(messages).toEqual([
      "indicator 'overdue_days' is in two 5P dimensions",
      "5P dimension 'purpose' names indicator 'cash_flow', which the 5C scorecard does not have",
      "5C indicator 'returns_ratio' is in no 5P dimension",
    ]);
  });

  it("gives the custom scorecard, or an issue when there is none", () => {
    const custom = { ...s.scorecard5C, id: "mine" };
    expect(presetScorecard({ ...s, method: "custom", custom }).scorecard.id).toBe("mine");
    expect(
      presetScorecard({ ...s, method: "custom", custom: null }).issues.map(
        (i) => i.message["en-US"]
      )
    ).toEqual(["the custom scorecard is chosen but not defined"]);
  });

  it("adds an Altman dimension when mixing in is chosen, to any method", () => {
    const mixed = { ...s, altman: { ...s.altman, mixIn: true, mixWeight: 12 } };
    expect(ids(mixed).at(-1)).toEqual(["altman", 12, ["altman_z"]]);
    expect(ids({ ...mixed, method: "5P" })).toHaveLength(6);
  });
});
