import { DEFAULT_TIER_SETTINGS } from "../../models/tiers/tier-settings";
import { explainChurnByPAlive, explainPAlive } from "./p-alive-sentence";

const weeks = (pAlive: number, x: number, tx: number, T: number) => ({
  pAlive,
  repeatPurchases: x,
  recency: tx,
  age: T,
  unit: "weeks" as const,
});
const P_ALIVE = { ...DEFAULT_TIER_SETTINGS.churnAlert, rule: "p-alive" as const };

describe("explainPAlive", () => {
  it("says the history and what P(alive) means, in both languages", () => {
    expect(explainPAlive(weeks(0.7266, 4, 10.2, 39.86))).toEqual({
      "en-US":
        "Bought 5 times in 40 weeks, last 30 weeks ago: likely still a customer (P(alive) 0.73).",
      "zh-CN": "在 40 周内购买 5 次，最近一次在 30 周前：很可能仍是客户（存活概率 0.73）。",
    });
  });

  it("calls a low P(alive) probably gone and a middling one unsure", () => {
    expect(explainPAlive(weeks(0.12, 2, 5, 60))!["en-US"]).toContain(
      "probably no longer a customer (P(alive) 0.12)"
    );
    expect(explainPAlive(weeks(0.5, 2, 30, 60))!["en-US"]).toContain("may be drifting away");
    expect(explainPAlive(weeks(0.12, 2, 5, 60))!["zh-CN"]).toContain("很可能已不再是客户");
  });

  it("says why a customer who never bought again has P(alive) 1, in days too", () => {
    const once = explainPAlive({ ...weeks(1, 0, 0, 200), unit: "days" })!;
    expect(once["en-US"]).toMatch(/^Bought once, 200 days ago: P\(alive\) 1\. BG\/NBD lets/);
    expect(once["zh-CN"]).toMatch(/^仅购买 1 次，在 200 天前：存活概率 1。/);
  });

  it("is null without a P(alive)", () => {
    expect(explainPAlive(null)).toBeNull();
    expect(explainPAlive(weeks(NaN, 2, 5, 60))).toBeNull();
  });
});

describe("explainChurnByPAlive", () => {
  const gap = { "zh-CN": "流失预警：……", "en-US": "Churn alert: average gap ..." };

  it("compares P(alive) with the threshold", () => {
    expect(explainChurnByPAlive(weeks(0.21, 4, 10, 40), true, P_ALIVE, gap)["en-US"]).toBe(
      "Churn alert: P(alive) 0.21 is below 0.3 (bought 5 times in 40 weeks, last 30 weeks ago)."
    );
    expect(explainChurnByPAlive(weeks(0.81, 4, 38, 40), false, P_ALIVE, gap)["zh-CN"]).toBe(
      "无流失预警：存活概率 0.81 不低于 0.3（在 40 周内购买 5 次，最近一次在 2 周前）。"
    );
  });

  it("says the gap rule decided where P(alive) is unknown", () => {
    expect(explainChurnByPAlive(null, true, P_ALIVE, gap)["en-US"]).toBe(
      "P(alive) is unknown for this customer, so the gap rule decides: Churn alert: average gap ..."
    );
  });
});
