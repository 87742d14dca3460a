import { EN_US_PANE } from "./en-US";
import { PANE_TEXTS, paneTranslator } from "./index";
import { ZH_CN_PANE } from "./zh-CN";

const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();

describe("pane texts", () => {
  it("have the same keys in zh-CN and en-US", () => {
    expect(Object.keys(ZH_CN_PANE).sort()).toEqual(Object.keys(EN_US_PANE).sort());
  });

  it("use the same placeholders in both languages, and no text is empty", () => {
    for (const key of Object.keys(EN_US_PANE) as (keyof typeof EN_US_PANE)[]) {
      expect([key, placeholders(ZH_CN_PANE[key])]).toEqual([key, placeholders(EN_US_PANE[key])]);
      for (const lang of ["zh-CN", "en-US"] as const)
        expect(PANE_TEXTS[lang][key].trim()).not.toBe("");
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(paneTranslator("en-US")("customers", { count: 12 })).toBe("12 customers");
    expect(paneTranslator("zh-CN")("customers", { count: 12 })).toBe("12 位客户");
    expect(paneTranslator("en-US")("customers")).toBe("{count} customers");
  });
});
