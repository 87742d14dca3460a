import { PlanApplyError, invalidPlan, isPlanApplyError } from "./plan-apply-error";

describe("PlanApplyError", () => {
  it("carries a code, both messages and the English one as its message", () => {
    const error = new PlanApplyError("unsupported-parts", { "zh-CN": "图表", "en-US": "charts" });
    expect(error.code).toBe("unsupported-parts");
    expect(error.message).toBe("charts");
    expect(error.messages["zh-CN"]).toBe("图表");
    expect(isPlanApplyError(error)).toBe(true);
  });
  it("is recognised by name across bundles, and other errors are not", () => {
    const copy = Object.assign(new Error("x"), { name: "PlanApplyError", messages: {} });
    expect(isPlanApplyError(copy)).toBe(true);
    expect(isPlanApplyError(new Error("x"))).toBe(false);
  });
  it("says nothing was written when the plan is invalid", () => {
    const error = invalidPlan({ "zh-CN": "重复", "en-US": "duplicate" });
    expect(error.code).toBe("invalid-plan");
    expect(error.messages["en-US"]).toBe(
      "The output plan is invalid; nothing was written: duplicate"
    );
    expect(error.messages["zh-CN"]).toContain("未写入任何内容：重复");
  });
});
