import { altmanZ } from "../../models/credit/altman";
import { DEFAULT_CREDIT_SETTINGS } from "../../models/credit/credit-settings";
import { blankCustomer } from "../../models/credit/test-customers";
import { explainAltman } from "./explain-altman";

const limits = DEFAULT_CREDIT_SETTINGS.altman;
const z = (value: number, zone: "safe" | "grey" | "distress") => ({
  z: value,
  x1: 0,
  x2: 0,
  x3: 0,
  x4: 0,
  zone,
});

describe("explainAltman", () => {
  it("names the zone and its limits", () => {
    expect(explainAltman(z(3.0386, "safe"), limits, "en-US")).toBe(
      "Altman Z'' 3.04: safe zone (above 2.6)."
    );
    expect(explainAltman(z(2.6, "grey"), limits, "zh-CN")).toBe(
      "Altman Z'' 值 2.6：灰色区（1.1 至 2.6）。"
    );
    expect(explainAltman(z(-1.5, "distress"), limits, "en-US")).toBe(
      "Altman Z'' -1.5: distress zone (below 1.1)."
    );
  });

  it("says what Z'' needs when it has no value", () => {
    const none = altmanZ(blankCustomer("c"), limits);
    expect(explainAltman(none, limits, "en-US")).toContain("needs current assets");
    expect(explainAltman(none, limits, "zh-CN")).toContain("需要流动资产");
  });
});
