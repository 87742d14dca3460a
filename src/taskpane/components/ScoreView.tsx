import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CreditMethod } from "../../engine/models/credit/credit-settings";
import { measureName } from "../../engine/explain/tiers/measure-name";
import { pyramidName } from "../../engine/explain/tiers/level-name";
import { writeChurnList } from "../../app/churn-list";
import type { ChurnAction } from "../../engine/models/tiers/churn-action";
import { writeResults } from "../../app/write-results";
import type { Lang } from "../../i18n/lang";
import { parseAsOf } from "../../app/as-of";
import { chosenTemplate } from "../model/template-choice";
import { Bars } from "./Bars";
import { ChurnList } from "./ChurnList";
import { compactMoney } from "./compact-money";
import { SheetQualityNote } from "./SheetQualityNote";
import { NoFinancialFieldsNote } from "./NoFinancialFieldsNote";
import { disabledWhy } from "./disabled-why";
import type { SessionApi } from "./session";
import { percent, type Translate } from "./usePaneText";
import { unscorableText } from "./unscorable-text";
import { WhyPanel } from "./WhyPanel";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  h: { margin: "8px 0 2px", fontSize: tokens.fontSizeBase300 },
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
  onOpenCheck,
}: {
  session: SessionApi;
  lang: Lang;
  t: Translate;
  /** Shows the Check view, where the findings behind the counts are listed. */
  onOpenCheck: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { state, set, work } = session;
  const run = state.run;
  const host = state.host;
  // A method is offered once the settings hold what it needs (a custom or a fitted scorecard).
  const methods: CreditMethod[] = (["5C", "5P", "fuzzy"] as CreditMethod[])
    .concat(state.settings.credit.custom === null ? [] : ["custom"])
    .concat(state.settings.credit.statistical === null ? [] : ["statistical"]);

  const score = (): void => {
    const asOf = parseAsOf(state.asOf);
    if (asOf === null) return set({ message: { kind: "error", text: t("asOfInvalid") } });
    void work("score", async (workbook, options) => {
      if (host === null) return;
      const request = {
        asOf,
        settings: state.settings,
        sheetName: state.check?.report.sheet,
        // The template Check used, else Settings' choice (undefined: detect).
        template: state.check?.opened.template ?? chosenTemplate(null, state.template),
      };
      // In the engine worker where there is one: the pane stays responsive and Cancel answers.
      const outcome = await session.engine.score({ host, workbook, request }, options);
      // A transition: React draws the summary (bars, lists, Why?) in slices that yield to the
      // page, so showing a run is no long task.
      if ("run" in outcome)
        React.startTransition(() => set({ run: outcome.run, runWritten: false }));
      else
        set({
          run: null,
          runWritten: false,
          message: { kind: "error", text: unscorableText(outcome, lang, t) },
        });
    });
  };
  const write = (): void => {
    if (!run || host === null) return;
    void work("write", async (_w, options) => {
      await writeResults(host, await run.full(), lang, options);
      set({ runWritten: true, message: { kind: "info", text: t("resultsWritten") } });
      await session.reload();
    });
  };
  const writeList = (action: ChurnAction): void => {
    if (!run || host === null) return;
    void work("write", async () => {
      const name = await writeChurnList(host, await run.full(), action, lang);
      if (name !== null) set({ message: { kind: "info", text: t("churnListWritten", { name }) } });
      await session.reload();
    });
  };
  const summary = run?.shown.summary ?? null;

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
          title={disabledWhy(state, t)}
          data-testid="run-score"
        >
          {state.busy?.what === "score" ? t("scoring") : t("runScore")}
        </Button>
        <Button
          onClick={write}
          disabled={!run || state.busy !== null}
          title={!run ? t("writeNeedsScore") : undefined}
          data-testid="write-results"
        >
          {t("writeResults")}
        </Button>
      </div>
      {summary && run && (
        <div data-testid="score-summary" className={styles.col}>
          <SheetQualityNote quality={summary.quality} t={t} onOpenCheck={onOpenCheck} />
          <NoFinancialFieldsNote note={run.shown.noFinancialNote} lang={lang} />
          {summary.netTotalNotPositive !== null && (
            <MessageBar intent="warning" data-testid="net-not-positive">
              <MessageBarBody>
                {t("netNotPositive", { total: compactMoney(summary.netTotalNotPositive, lang) })}
              </MessageBarBody>
            </MessageBar>
          )}
          <div data-testid="score-customers">
            {t("customers", { count: summary.customers })} ·{" "}
            {t("valueMeasure", { measure: measureName(run.shown.valueMeasure)[lang] })}
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
          {summary.churnAlerts === 0 && <div>{t("churnNone")}</div>}
          {(["call", "win-back"] as const).map((action) => (
            <ChurnList
              key={action}
              action={action}
              items={action === "call" ? summary.calls : summary.winBacks}
              t={t}
              onWrite={host?.writeSheet ? () => writeList(action) : null}
              busy={state.busy !== null}
            />
          ))}
          <WhyPanel session={session} run={run} lang={lang} t={t} />
        </div>
      )}
    </section>
  );
}
