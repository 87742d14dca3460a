import { LANGS } from "../../i18n/lang";
import { paneText } from "./paneText";

describe("paneText", () => {
  it("keeps the product name in every language", () => {
    for (const lang of LANGS) expect(paneText(lang, "browser").title).toBe("TierSheet");
  });

  it("speaks Chinese for zh-CN and English for en-US", () => {
    expect(paneText("zh-CN", "excel")).toEqual({
      title: "TierSheet",
      description: "校验客户档案、为客户分层并评估信用。数据只留在本机。",
      mode: "正在 Excel 中运行",
    });
    expect(paneText("en-US", "excel").mode).toBe("Running inside Excel");
  });

  it("names each run mode differently", () => {
    for (const lang of LANGS) {
      const modes = (["starting", "excel", "browser"] as const).map((m) => paneText(lang, m).mode);
      expect(new Set(modes).size).toBe(3);
    }
  });
});
