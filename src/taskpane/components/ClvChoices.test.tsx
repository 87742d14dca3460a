import { renderToStaticMarkup } from "react-dom/server";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { paneTranslator } from "../../i18n/pane";
import { withChurnRule, withClvModel } from "../model/clv-choice";
import { ClvChoices } from "./ClvChoices";

const render = (draft = DEFAULT_SETTINGS, lang: "en-US" | "zh-CN" = "en-US") =>
  renderToStaticMarkup(
    <ClvChoices draft={draft} setDraft={() => undefined} t={paneTranslator(lang)} />
  );

describe("ClvChoices", () => {
  it("shows the deterministic model and the gap rule by default, P(alive) not selectable", () => {
    const html = render();
    expect(html).toMatch(/<option value="deterministic" selected="">Formula/);
    expect(html).toMatch(/<option value="gap" selected="">Overdue/);
    expect(html).toMatch(/<option value="p-alive" disabled="">P\(alive\) below/);
    expect(html).toContain("need the BG/NBD model");
    expect(html).not.toContain("setting-p-alive-below");
  });

  it("offers the P(alive) rule with BG/NBD, and its threshold once chosen, in zh-CN too", () => {
    const bgnbd = withClvModel(DEFAULT_SETTINGS, "bgnbd");
    expect(render(bgnbd)).toMatch(/<option value="p-alive">P\(alive\) below/);
    const html = render(withChurnRule(bgnbd, "p-alive"), "zh-CN");
    expect(html).toContain("存活概率低于此值时预警");
    expect(html).toContain('data-testid="setting-p-alive-below"');
    expect(html).toContain('value="0.3"');
  });
});
