import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { LESSON_IDS, type LessonId } from "../../engine/lessons/exercise";
import type { Lang } from "../../i18n/lang";
import { downloadBlob } from "../components/download";
import type { SessionApi } from "../components/session";
import { errorText, type Translate } from "../components/usePaneText";
import { parseAsOf } from "../../app/as-of";
import { CLASS_TOOLS_TEXT } from "./class-tools-text";
import { handoutPlan } from "./handout-plan";
import { parseSeed } from "./parse-seed";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DEFAULT_SEED = "2026";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  h: { margin: 0, fontSize: tokens.fontSizeBase400 },
  p: { margin: 0, fontSize: tokens.fontSizeBase200 },
  seed: { width: "9em" },
});

/**
 * The Learn view's class tools: "Make a class workbook" (a lesson's file with its exercises, built in
 * the page and downloaded, in Excel too) and "Export summary" (the printable handout, through the host).
 */
export function ClassTools({
  session,
  lang,
  t,
}: {
  session: SessionApi;
  lang: Lang;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const text = CLASS_TOOLS_TEXT[lang];
  const { state, set, work } = session;
  const [lesson, setLesson] = React.useState<LessonId>("pareto");
  const [seedText, setSeedText] = React.useState(DEFAULT_SEED);
  const [making, setMaking] = React.useState(false);
  const seed = parseSeed(seedText);

  const make = async (): Promise<void> => {
    const asOf = parseAsOf(state.asOf);
    if (asOf === null) return set({ message: { kind: "error", text: t("asOfInvalid") } });
    if (seed === null) return;
    setMaking(true);
    try {
      // ExcelJS and the sample generator arrive only now, in a chunk of their own.
      const made = await import(/* webpackChunkName: "class-workbook" */ "./class-workbook");
      const bytes = await made.classWorkbookBytes(lesson, seed, asOf, lang);
      const name = made.classWorkbookName(lesson, seed);
      downloadBlob(bytes, name, XLSX_TYPE);
      set({ message: { kind: "info", text: text.made(name) } });
    } catch (error) {
      set({ message: { kind: "error", text: t("error", { message: errorText(error, lang) }) } });
    } finally {
      setMaking(false);
    }
  };

  const exportSummary = (): void => {
    const run = state.run;
    if (!run) return;
    void work("write", async (_workbook, options) => {
      const plan = handoutPlan(await run.full(), lang);
      await state.host?.applyPlan(plan, options);
      await session.reload();
      set({ message: { kind: "info", text: text.exported(plan.sheets[0].name) } });
    });
  };

  return (
    <section className={styles.box} data-testid="class-tools">
      <h3 className={styles.h}>{text.heading}</h3>
      <p className={styles.p}>{text.intro}</p>
      <div className={styles.row}>
        <Field label={text.lesson}>
          <Select
            value={lesson}
            onChange={(_, d) => setLesson(d.value as LessonId)}
            data-testid="class-lesson"
          >
            {LESSON_IDS.map((id) => (
              <option key={id} value={id}>
                {text.lessons[id]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={text.seed}
          validationState={seed === null ? "error" : "none"}
          validationMessage={seed === null ? text.seedInvalid : undefined}
        >
          <Input
            className={styles.seed}
            value={seedText}
            onChange={(_, d) => setSeedText(d.value)}
            inputMode="numeric"
            data-testid="class-seed"
          />
        </Field>
        <Button
          onClick={() => void make()}
          disabled={making || seed === null}
          data-testid="make-class-workbook"
        >
          {text.make}
        </Button>
      </div>
      {state.run && state.host && (
        <div className={styles.row}>
          <Button
            onClick={exportSummary}
            disabled={state.busy !== null}
            data-testid="export-summary"
          >
            {text.exportSummary}
          </Button>
          <span className={styles.p}>{text.exportHint}</span>
        </div>
      )}
    </section>
  );
}
