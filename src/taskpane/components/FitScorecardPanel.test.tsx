import { renderToStaticMarkup } from "react-dom/server";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { paneTranslator } from "../../i18n/pane";
import { FitScorecardPanel } from "./FitScorecardPanel";
import type { PaneSession, SessionApi } from "./session";

const session = {
  state: { host: null, workbook: null, busy: null } as unknown as PaneSession,
  set: () => undefined,
  work: async () => null,
  reload: async () => undefined,
} as unknown as SessionApi;

describe("FitScorecardPanel", () => {
  it("asks for the sheet and the outcome column, in both languages", () => {
    const render = (lang: "en-US" | "zh-CN") =>
      renderToStaticMarkup(
        <FitScorecardPanel
          session={session}
          sheetNames={["Applicants", "Notes"]}
          draft={DEFAULT_SETTINGS}
          setDraft={() => undefined}
          lang={lang}
          t={paneTranslator(lang)}
        />
      );
    const en = render("en-US");
    expect(en).toContain("Outcome column (0/1, good/bad, 好/坏)");
    expect(en).toContain(">Applicants</option>");
    expect(en).toContain("Fit scorecard");
    // Nothing fitted yet: neither the report nor the buttons that use it.
    expect(en).not.toContain('data-testid="fit-report"');
    expect(en).not.toContain('data-testid="fit-use"');
    expect(render("zh-CN")).toContain("结果列（0/1、good/bad、好/坏）");
  });
});
