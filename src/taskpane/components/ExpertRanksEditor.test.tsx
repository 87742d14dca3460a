import { renderToStaticMarkup } from "react-dom/server";
import { paneTranslator } from "../../i18n/pane";
import { ExpertRanksEditor } from "./ExpertRanksEditor";

describe("ExpertRanksEditor", () => {
  it("names the dimensions in the order the ranks follow, in both languages", () => {
    const render = (lang: "en-US" | "zh-CN") =>
      renderToStaticMarkup(
        <ExpertRanksEditor
          criteria={["Character", "Capacity"]}
          lang={lang}
          t={paneTranslator(lang)}
          onUse={() => undefined}
        />
      );
    expect(render("en-US")).toContain("in this order: Character · Capacity");
    expect(render("zh-CN")).toContain(
      "按以下顺序给每个维度一个排名（1 = 最重要）：Character · Capacity"
    );
  });
});
