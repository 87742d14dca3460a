import { percent } from "./percent";

describe("percent", () => {
  it("keeps at most one decimal", () => {
    expect(percent(0.8)).toBe("80%");
    expect(percent(0.8123)).toBe("81.2%");
    expect(percent(1.111)).toBe("111.1%");
    expect(percent(0.07)).toBe("7%");
  });
});
