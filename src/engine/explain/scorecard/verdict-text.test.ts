import type { FittedVariable } from "../../models/scorecard/fit-scorecard";
import { verdictText } from "./verdict-text";

const variable = (
  verdict: FittedVariable["verdict"],
  extra: Partial<FittedVariable> = {}
): FittedVariable => ({
  name: "x",
  kind: "numeric",
  iv: 0.0123,
  kept: false,
  verdict,
  bins: [],
  ...extra,
});

describe("verdictText", () => {
  it("says why a variable is in the model or not, in both languages", () => {
    expect(verdictText(variable("low-iv"), "en-US")).toBe("left out: IV 0.0123 is below 0.02");
    expect(verdictText(variable("low-iv"), "zh-CN")).toBe("未入模：IV 0.0123 低于 0.02");
    expect(verdictText(variable("sign", { droppedCoefficient: -0.25 }), "en-US")).toMatch(
      /^dropped by the sign rule: its coefficient -0.2500 <= 0/
    );
    expect(verdictText(variable("strong"), "zh-CN")).toContain("强得可疑");
    expect(verdictText(variable("kept"), "en-US")).toBe("kept");
  });
});
