import { keyCustomer } from "../../models/tiers/key-customers";
import { DEFAULT_TIER_SETTINGS } from "../../models/tiers/tier-settings";
import { explainKeyCustomer } from "./key-customer-sentence";

const S = DEFAULT_TIER_SETTINGS.keyCustomers;

describe("explainKeyCustomer", () => {
  it("explains both flags", () => {
    const key = keyCustomer(3, 30, 5, 4);
    expect(
      explainKeyCustomer({
        key,
        buyerRank: 3,
        buyers: 150,
        highValueCutoff: 30,
        influence: 5,
        settings: S,
      })
    ).toEqual({
      "zh-CN":
        "关键客户（双料：高价值且重点）：在 150 位购买客户中排名第 3，在前 20%（30 位）之内；影响力 5 ≥ 4。",
      "en-US":
        "Key customer (both high-value and influential): ranks 3rd of 150 buyers, within the top 20% (30); influence 5 >= 4.",
    });
  });

  it("explains a customer who is neither", () => {
    const key = keyCustomer(31, 30, 3, 4);
    expect(
      explainKeyCustomer({
        key,
        buyerRank: 31,
        buyers: 150,
        highValueCutoff: 30,
        influence: 3,
        settings: S,
      })["en-US"]
    ).toBe(
      "Not a key customer: ranks 31st of 150 buyers, outside the top 20% (30); influence 3 below 4."
    );
    expect(
      explainKeyCustomer({
        key: keyCustomer(0, 0, null, 4),
        buyerRank: null,
        buyers: 0,
        highValueCutoff: 0,
        influence: null,
        settings: S,
      })["zh-CN"]
    ).toBe("非关键客户：未按价值排名；影响力未填写。");
  });
});
