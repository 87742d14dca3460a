import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../i18n/lang";
import type { PaneRun } from "../run/pane-run";
import { useWhyAnswer } from "../run/useWhyAnswer";
import type { SessionApi } from "./session";
import { errorText, type Translate } from "./usePaneText";

const useStyles = makeStyles({
  box: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "6px" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    paddingLeft: "16px",
    margin: "4px 0",
  },
  summary: { margin: "4px 0", fontSize: tokens.fontSizeBase300 },
  h: { margin: "4px 0", fontSize: tokens.fontSizeBase300 },
});

/**
 * "Why?": every tier and credit result of the customer on a row, as sentences. The run answers for
 * one customer (from the engine worker when it scored there), so the page never holds them all.
 */
export function WhyPanel({
  session,
  run,
  lang,
  t,
}: {
  session: SessionApi;
  run: PaneRun;
  lang: Lang;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const [rowText, setRowText] = React.useState("");
  const row = rowText === "" ? null : Number(rowText);
  const why = useWhyAnswer(run, row !== null && Number.isInteger(row) && row > 0 ? row : null);
  const useSelection = async (): Promise<void> => {
    const cell = await session.state.host?.selectedCell?.();
    const m = cell ? /(\d+)$/.exec(cell.address) : null;
    if (m) setRowText(m[1]);
  };
  const answer = why.kind === "answered" ? why.answer : null;
  const none = rowText !== "" && (why.kind === "none" || (why.kind === "answered" && !answer));
  return (
    <div className={styles.box} data-testid="why">
      <h3 className={styles.h}>{t("whyTitle")}</h3>
      <div className={styles.row}>
        <Field label={t("whyRow")}>
          <Input
            value={rowText}
            onChange={(_, d) => setRowText(d.value.trim())}
            inputMode="numeric"
            data-testid="why-row"
          />
        </Field>
        {session.state.host?.selectedCell && (
          <Button onClick={() => void useSelection()}>{t("whyUseSelection")}</Button>
        )}
      </div>
      {why.kind === "asking" && <div>{t("whyLoading", { row: rowText })}</div>}
      {why.kind === "failed" && <div>{t("error", { message: errorText(why.error, lang) })}</div>}
      {none && <div>{t("whyNone", { row: rowText })}</div>}
      {answer && (
        <div data-testid="why-text">
          <strong>
            {answer.customerId} {answer.name ?? ""}
          </strong>
          {/* The plain line a salesperson acts on first; the technical reasons follow, smaller. */}
          <p className={styles.summary} data-testid="why-summary">
            {answer.summary[lang]}
          </p>
          <ul className={styles.list}>
            {answer.tiers.map(({ key, text }) => (
              <li key={key}>{text[lang]}</li>
            ))}
          </ul>
          <h4 className={styles.h}>{t("whyCredit")}</h4>
          <div className={styles.list}>{answer.credit[lang]}</div>
          {answer.creditNotes[lang].map((note) => (
            <div key={note} className={styles.list} data-testid="why-credit-note">
              {note}
            </div>
          ))}
          {answer.fuzzy !== null && (
            <div className={styles.list} data-testid="why-fuzzy">
              {answer.fuzzy[lang]}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
