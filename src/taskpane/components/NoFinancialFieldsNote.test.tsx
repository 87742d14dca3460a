import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { dayFromIso } from "../../engine/day";
import { makeSample, type SampleKind } from "../../engine/sample/make-sample";
import { scoreWorkbook } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { runShown } from "../run/run-shown";
import { NoFinancialFieldsNote } from "./NoFinancialFieldsNote";

const asOf = dayFromIso("2026-11-01")!;
const run = (kind: SampleKind) =>
  scoreWorkbook(makeSample({ kind, rows: 30, seed: 2, asOf }).workbook, {
    asOf,
    settings: DEFAULT_SETTINGS,
  })!;

describe("NoFinancialFieldsNote (Score view)", () => {
  const html = (kind: SampleKind, lang: "en-US" | "zh-CN") =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <NoFinancialFieldsNote note={runShown(run(kind)).noFinancialNote} lang={lang} />
      </FluentProvider>
    );

  it("says once that a sheet without financial fields grades no one", () => {
    const en = html("individual", "en-US");
    expect(en.match(/data-testid="no-financial-fields"/g)).toHaveLength(1);
    expect(en).toContain("No financial fields: grades need");
    expect(html("individual", "zh-CN")).toContain("资产总额");
  });

  it("shows nothing for a sheet with financial fields", () => {
    expect(html("enterprise", "en-US")).not.toContain("no-financial-fields");
  });
});
