import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { CreditMethod } from "../../engine/models/credit/credit-settings";
import { measureName } from "../../engine/explain/tiers/measure-name";
import { pyramidName } from "../../engine/explain/tiers/level-name";
import { buildScorePlan } from "../../engine/plan/build-score-plan";
import { scoreWorkbook } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";
import { parseAsOf } from "../model/as-of";
import { chosenTemplate } from "../model/template-choice";
import { scoreSummary } from "../model/score-summary";
import { Bars } from "./Bars";
import type { SessionApi } from "./session";
import { percent, type Translate } from "./usePaneText";
import { WhyPanel } from "./WhyPanel";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  h: { margin: "8px 0 2px", fontSize: tokens.fontSizeBase300 },
  small: { fontSize: tokens.fontSizeBase200, margin: 0, paddingLeft: "16px" },
});

const METHOD_KEY = {
  "5C": "method5C",
  "5P": "method5P",
  custom: "methodCustom",
  statistical: "methodStatistical",
  fuzzy: "methodFuzzy",
} as const;

/** The Score view: model and as-of date, the run with progress and cancel, the summary, and Why?. */
export function ScoreView({
  session,
  lang,
  t,
}: {
  session: SessionApi;
  lang: Lang;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const { state, set, work } = session;
  const run = state.run;
  // A method is offered once the settings hold what it needs (a custom or a fitted scorecard).
  const methods: CreditMethod[] = (["5C", "5P", "fuzzy"] as CreditMethod[])
    .concat(state.settings.credit.custom === null ? [] : ["custom"])
    .concat(state.settings.credit.statistical === null ? [] : ["statistical"]);

  const score = (): void => {
    const asOf = parseAsOf(state.asOf);
    if (asOf === null) return set({ message: { kind: "error", text: t("asOfInvalid") } });
    void work("score", async (workbook) => {
      const sheetName = state.check?.report.sheet;
      // The template Check used, else Settings' choice (undefined: detect).
      const template = state.check?.opened.template ?? chosenTemplate(null, state.template);
      set({
        run: scoreWorkbook(workbook, { asOf, settings: state.settings, sheetName, template }),
      });
    });
  };
  const write = (): void => {
    if (!run) return;
    void work("write", async (_w, options) => {
      await state.host?.applyPlan(buildScorePlan(run, lang), options);
      await session.reload();
      set({ message: { kind: "info", text: t("resultsWritten") } });
    });
  };
  const summary = run ? scoreSummary(run) : null;

  return (
    <section className={styles.col} data-testid="score-view">
      <div className={styles.row}>
        <Field label={t("creditMethod")}>
          <Select
            value={state.settings.credit.method}
            onChange={(_, d) =>
              set({
                settings: {
                  ...state.settings,
                  credit: { ...state.settings.credit, method: d.value as CreditMethod },
                },
              })
            }
            data-testid="credit-method"
          >
            {methods.map((m) => (
              <option key={m} value={m}>
                {t(METHOD_KEY[m])}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t("asOf")}
          validationMessage={parseAsOf(state.asOf) === null ? t("asOfInvalid") : undefined}
        >
          <Input
            type="date"
            value={state.asOf}
            onChange={(_, d) => set({ asOf: d.value })}
            data-testid="as-of"
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={score}
          disabled={state.busy !== null || state.host === null}
          data-testid="run-score"
        >
          {state.busy?.what === "score" ? t("scoring") : t("runScore")}
        </Button>
        <Button onClick={write} disabled={!run || state.busy !== null} data-testid="write-results">
          {t("writeResults")}
        </Button>
      </div>
      {summary && run && (
        <div data-testid="score-summary" className={styles.col}>
          <div data-testid="score-customers">
            {t("customers", { count: summary.customers })} ·{" "}
            {t("valueMeasure", { measure: measureName(run.tiers.valueMeasure)[lang] })}
          </div>
          <h3 className={styles.h}>{t("abcTitle")}</h3>
          <Bars
            testId="abc"
            items={summary.abc.map((b) => ({
              key: b.key,
              label: b.key,
              share: b.share,
              note: t("abcShare", {
                count: b.count,
                share: percent(b.share),
                value: percent(b.valueShare),
              }),
            }))}
          />
          <h3 className={styles.h}>{t("pyramidTitle")}</h3>
          <Bars
            testId="pyramid"
            items={summary.pyramid.map((b) => ({
              key: b.key,
              label: pyramidName(b.key)[lang],
              share: b.share,
              note: String(b.count),
            }))}
          />
          <h3 className={styles.h}>{t("gradesTitle")}</h3>
          <Bars
            testId="grades"
            items={summary.grades.map((b) => ({
              key: b.key,
              label: b.key === "insufficient" ? t("gradeInsufficient") : b.key,
              share: b.share,
              note: String(b.count),
            }))}
          />
          <h3 className={styles.h} data-testid="churn-count" data-count={summary.churnAlerts}>
            {t("churnTitle", { count: summary.churnAlerts })}
          </h3>
          {summary.alerts.length === 0 ? (
            <div>{t("churnNone")}</div>
          ) : (
            <ul className={styles.small}>
              {summary.alerts.map((a) => (
                <li key={a.customerId}>
                  {a.customerId} {a.name ?? ""} ({t("rowLabel", { row: a.row })})
                </li>
              ))}
            </ul>
          )}
          <WhyPanel session={session} run={run} lang={lang} t={t} />
        </div>
      )}
    </section>
  );
}
