import { renderToStaticMarkup } from "react-dom/server";
import { App } from "./App";
import type { EngineWorker } from "../worker/worker-engine";

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

  it("says, in both languages, when the engine has no worker to run in", () => {
    const en = renderToStaticMarkup(<App state={{ mode: "browser", lang: "en-US" }} />);
    expect(en).toContain('data-testid="engine-main-thread"');
    expect(en).toContain("cannot run the engine in the background");
    const zh = renderToStaticMarkup(<App state={{ mode: "excel", lang: "zh-CN" }} />);
    expect(zh).toContain("无法在后台运行计算引擎");
  });

  it("says nothing of it where a worker can be started", () => {
    const scope = globalThis as { Worker?: unknown };
    const had = scope.Worker;
    scope.Worker = function Worker() {};
    try {
      // Rendering starts no worker: it starts on the first score.
      const start = (): EngineWorker => {
        throw new Error("started too early");
      };
      const html = renderToStaticMarkup(
        <App state={{ mode: "browser", lang: "en-US" }} startWorker={start} />
      );
      expect(html).not.toContain("engine-main-thread");
    } finally {
      scope.Worker = had;
    }
  });
});
