import { DEFAULT_RFM_GRID, DEFAULT_RFM_RULES } from "../../models/tiers/tier-settings";
import { segmentName } from "./segment-name";

describe("segmentName", () => {
  it("translates every default segment", () => {
    const names = new Set([
      ...DEFAULT_RFM_GRID.flat(),
      ...DEFAULT_RFM_RULES.map((r) => r.segment),
      "Others",
    ]);
    for (const n of names) expect(segmentName(n)["zh-CN"]).not.toBe(n);
    expect(segmentName("Champions")).toEqual({ "zh-CN": "冠军客户", "en-US": "Champions" });
  });

  it("shows a custom name as typed", () => {
    expect(segmentName("大客户")).toEqual({ "zh-CN": "大客户", "en-US": "大客户" });
  });
});
