import { renderToStaticMarkup } from "react-dom/server";
import { App } from "./App";

describe("App", () => {
  it("shows the name, the English description, the browser mode and the four views' tabs", () => {
    const html = renderToStaticMarkup(<App state={{ mode: "browser", lang: "en-US" }} />);
    expect(html).toContain("TierSheet</h1>");
    expect(html).toContain("tier customers and score credit");
    expect(html).toContain('data-mode="browser"');
    expect(html).toContain("Browser mode (Excel not found)");
    for (const tab of ["Check", "Score", "Manager", "Settings"]) expect(html).toContain(`>${tab}<`);
  });

  it("speaks Chinese and says it runs inside Excel", () => {
    const html = renderToStaticMarkup(<App state={{ mode: "excel", lang: "zh-CN" }} />);
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain("校验客户档案");
    expect(html).toContain('data-mode="excel"');
    expect(html).toContain("正在 Excel 中运行");
    expect(html).toContain("校验");
  });
});
