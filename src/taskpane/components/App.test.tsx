import { renderToStaticMarkup } from "react-dom/server";
import { App } from "./App";

describe("App", () => {
  it("shows the name, the English description and the browser mode", () => {
    const html = renderToStaticMarkup(<App state={{ mode: "browser", lang: "en-US" }} />);
    expect(html).toContain("TierSheet</h1>");
    expect(html).toContain("tier customers and score credit");
    expect(html).toContain('data-mode="browser"');
    expect(html).toContain("Browser mode (Excel not found)");
  });

  it("speaks Chinese and says it runs inside Excel", () => {
    const html = renderToStaticMarkup(<App state={{ mode: "excel", lang: "zh-CN" }} />);
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain("校验客户档案");
    expect(html).toContain('data-mode="excel"');
    expect(html).toContain("正在 Excel 中运行");
  });
});
