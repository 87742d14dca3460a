import { PYRAMID_CODES, pyramidLevels } from "./pyramid";
import { DEFAULT_TIER_SETTINGS } from "./tier-settings";
import { orderByValue } from "./value-order";

function run(values: (number | null)[], noPurchase: boolean[] = values.map(() => false)) {
  const ids = values.map((_, i) => `C${String(i).padStart(4, "0")}`);
  const r = pyramidLevels(orderByValue(values, ids), noPurchase, DEFAULT_TIER_SETTINGS.pyramid);
  // The level codes as names (null for a buyer without a value).
  return {
    ...r,
    levelOf: Array.from(r.levelOf, (code) => (code === 0 ? null : PYRAMID_CODES[code - 1])),
  };
}

describe("pyramidLevels", () => {
  it("cuts at ceil(1%), ceil(5%), ceil(20%) of N cumulative ranks", () => {
    const values = Array.from({ length: 150 }, (_, i) => 1000 - i);
    const r = run(values);
    expect(r.cutoffs).toEqual({ vip: 2, major: 8, ordinary: 30 });
    expect(r.counts).toEqual({ VIP: 2, Major: 6, Ordinary: 22, Small: 120, Prospect: 0 });
    expect(r.levelOf[1]).toBe("VIP");
    expect(r.levelOf[2]).toBe("Major");
    expect(r.levelOf[7]).toBe("Major");
    expect(r.levelOf[8]).toBe("Ordinary");
    expect(r.levelOf[29]).toBe("Ordinary");
    expect(r.levelOf[30]).toBe("Small");
  });

  it("exactly 100 buyers: 1 VIP, 4 Major, 15 Ordinary", () => {
    const r = run(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect(r.counts).toEqual({ VIP: 1, Major: 4, Ordinary: 15, Small: 80, Prospect: 0 });
  });

  it("a single buyer is VIP; with two, every cut-off is 1 and the second is Small", () => {
    expect(run([5]).levelOf).toEqual(["VIP"]);
    expect(run([5, 3]).levelOf).toEqual(["VIP", "Small"]);
    // N = 6: ceil(0.06) = 1, ceil(0.3) = 1, ceil(1.2) = 2.
    expect(run([5, 3, 1, 0, -2, 4]).counts).toEqual({
      VIP: 1,
      Major: 0,
      Ordinary: 1,
      Small: 4,
      Prospect: 0,
    });
  });

  it("ranks buyers only: prospects are Prospect even with a value and take no rank", () => {
    const r = run([1000, 10, 5, null], [true, false, false, true]);
    expect(r.levelOf).toEqual(["Prospect", "VIP", "Small", "Prospect"]);
    expect(r.buyers).toBe(2);
    expect(Array.from(r.buyerRank)).toEqual([0, 1, 2, 0]);
  });

  it("a buyer without a value is unranked", () => {
    expect(run([null, 3]).levelOf).toEqual([null, "VIP"]);
  });

  it("no buyers at all: everyone Prospect, no cut-offs", () => {
    const r = run([null, 0], [true, true]);
    expect(r.counts.Prospect).toBe(2);
    expect(r.cutoffs).toEqual({ vip: 0, major: 0, ordinary: 0 });
  });
});
