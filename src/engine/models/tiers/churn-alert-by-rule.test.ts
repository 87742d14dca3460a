import { churnAlertByRule } from "./churn-alert-by-rule";
import { DEFAULT_TIER_SETTINGS } from "./tier-settings";

const AS_OF = 20_000;
const GAP = DEFAULT_TIER_SETTINGS.churnAlert;
const P_ALIVE = { ...GAP, rule: "p-alive" as const };
/** 5 orders over 80 days, last 41 days ago: overdue by the 2x-gap rule. */
const overdue = { orders: 5, first_purchase: AS_OF - 121, last_purchase: AS_OF - 41 };

describe("churnAlertByRule", () => {
  it("is the 2x-gap rule by default, whatever P(alive) says", () => {
    expect(GAP.rule).toBe("gap");
    expect(churnAlertByRule(overdue, AS_OF, GAP, 0.95)).toEqual({ alert: true, usedPAlive: false });
  });

  it("with p-alive, alerts below pAliveBelow (default 0.3) and not at it", () => {
    expect(P_ALIVE.pAliveBelow).toBe(0.3);
    expect(churnAlertByRule(overdue, AS_OF, P_ALIVE, 0.95)).toEqual({
      alert: false,
      usedPAlive: true,
    });
    expect(churnAlertByRule(overdue, AS_OF, P_ALIVE, 0.29).alert).toBe(true);
    expect(churnAlertByRule(overdue, AS_OF, P_ALIVE, 0.3).alert).toBe(false);
    expect(churnAlertByRule(overdue, AS_OF, { ...P_ALIVE, pAliveBelow: 0.5 }, 0.4).alert).toBe(
      true
    );
  });

  it("keeps the gap rule for a customer without P(alive), and never alerts a prospect", () => {
    expect(churnAlertByRule(overdue, AS_OF, P_ALIVE, NaN)).toEqual({
      alert: true,
      usedPAlive: false,
    });
    const prospect = { orders: 0, first_purchase: null, last_purchase: null };
    expect(churnAlertByRule(prospect, AS_OF, P_ALIVE, 0.1).alert).toBeNull();
  });
});
