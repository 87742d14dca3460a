import { DEFAULT_SETTINGS, parseSettings } from "../../engine/settings";
import { withChurnRule, withClvModel, withPAliveBelow } from "./clv-choice";

describe("the Settings view's CLV model and churn rule choices", () => {
  it("choose BG/NBD and the P(alive) rule, giving settings parseSettings accepts", () => {
    const s = withPAliveBelow(
      withChurnRule(withClvModel(DEFAULT_SETTINGS, "bgnbd"), "p-alive"),
      0.4
    );
    expect(s.tiers.clv.model).toBe("bgnbd");
    expect(s.tiers.churnAlert).toEqual({
      ...DEFAULT_SETTINGS.tiers.churnAlert,
      rule: "p-alive",
      pAliveBelow: 0.4,
    });
    expect(parseSettings(s).issues).toEqual([]);
    // Nothing else moves.
    expect(s.tiers.clv.horizonMonths).toBe(DEFAULT_SETTINGS.tiers.clv.horizonMonths);
    expect(DEFAULT_SETTINGS.tiers.clv.model).toBe("deterministic");
  });

  it("put the churn rule back to gap when the model goes back to deterministic", () => {
    const chosen = withChurnRule(withClvModel(DEFAULT_SETTINGS, "bgnbd"), "p-alive");
    const back = withClvModel(chosen, "deterministic");
    expect(back.tiers.churnAlert.rule).toBe("gap");
    expect(parseSettings(back).issues).toEqual([]);
    // Without the reset, the pair is refused.
    expect(parseSettings(withChurnRule(DEFAULT_SETTINGS, "p-alive")).issues).toHaveLength(1);
  });
});
