import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatFitScorecardText } from "../../engine/explain/scorecard/fit-report-text";
import type { ScorecardFit } from "../../engine/models/scorecard/fit-scorecard";
import type { Settings } from "../../engine/settings";
import type { Lang } from "../../i18n/lang";
import { fitOnWorkbook, scorecardPlan, withFittedScorecard } from "../model/fit-scorecard-pane";
import type { SessionApi } from "./session";
import type { Translate } from "./usePaneText";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  report: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    whiteSpace: "pre-wrap",
    maxHeight: "20em",
    overflowY: "auto",
  },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/**
 * Settings' "Fit a scorecard from an outcome column": fits on a sheet of the workbook, shows the
 * report `tiersheet fit scorecard` prints, and offers to score credit with it (into the draft
 * settings, saved as any change is) and to write the Scorecard sheet.
 */
export function FitScorecardPanel({
  session,
  sheetNames,
  draft,
  setDraft,
  lang,
  t,
}: {
  session: SessionApi;
  sheetNames: string[];
  draft: Settings;
  setDraft: (settings: Settings) => void;
  lang: Lang;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const { state, set, work } = session;
  const [sheet, setSheet] = React.useState("");
  const [target, setTarget] = React.useState("");
  const [holdout, setHoldout] = React.useState(false);
  const [fit, setFit] = React.useState<ScorecardFit | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);

  const [fitting, setFitting] = React.useState(false);

  // Fitting runs as "score" work (the session's busy kinds are shared with the whole pane).
  const run = (): void => {
    setFitting(true);
    void work("score", async (workbook) => {
      const result = fitOnWorkbook(workbook, sheet, target.trim(), holdout);
      setFit(result.ok ? result.fit : null);
      setProblem(result.ok ? null : result.problem.message[lang]);
    }).finally(() => setFitting(false));
  };
  const writeSheet = (): void => {
    if (!fit) return;
    void work("write", async (_workbook, options) => {
      await state.host?.applyPlan(scorecardPlan(fit, lang), options);
      await session.reload();
      set({ message: { kind: "info", text: t("fitSheetWritten") } });
    });
  };

  return (
    <div className={styles.col} data-testid="fit-scorecard">
      <div className={styles.row}>
        <Field label={t("fitSheet")}>
          <Select
            value={sheet || sheetNames[0] || ""}
            onChange={(_, d) => setSheet(d.value)}
            data-testid="fit-sheet"
          >
            {sheetNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("fitOutcome")}>
          <Input value={target} onChange={(_, d) => setTarget(d.value)} data-testid="fit-target" />
        </Field>
      </div>
      <Checkbox
        checked={holdout}
        onChange={(_, d) => setHoldout(d.checked === true)}
        label={t("fitHoldout")}
      />
      <div className={styles.row}>
        <Button onClick={run} disabled={target.trim() === ""} data-testid="fit-run">
          {fitting ? t("fitting") : t("fitRun")}
        </Button>
        {fit && (
          <Button
            onClick={() => {
              setDraft(withFittedScorecard(draft, fit));
              set({ message: { kind: "info", text: t("fitUsed") } });
            }}
            data-testid="fit-use"
          >
            {t("fitUse")}
          </Button>
        )}
        {fit && state.host && (
          <Button onClick={writeSheet} data-testid="fit-write">
            {t("fitWriteSheet")}
          </Button>
        )}
      </div>
      {problem && <div className={styles.problem}>{problem}</div>}
      {fit && (
        <div className={styles.report} data-testid="fit-report">
          {formatFitScorecardText(fit, state.workbook?.source ?? "", lang)}
        </div>
      )}
    </div>
  );
}
