import { creditDetail } from "../../engine/credit-detail";
import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { explainFuzzy } from "../../engine/explain/credit/explain-fuzzy";
import { explainCredit } from "../../engine/explain/credit/explain-credit";
import { creditNotes } from "../../engine/explain/credit/credit-notes";
import { salesSummary } from "../../engine/explain/sales-summary";
import { explainCustomerTiers } from "../../engine/explain/tiers/explain-customer-tiers";
import { pAliveInput } from "../../engine/explain/tiers/p-alive-input";
import type { ScoreRun } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";
import type { SessionApi } from "./session";
import type { Translate } from "./usePaneText";
import { scoredCustomerAt, scoredIndexOfRow } from "../../engine/scored-customers";

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

/** "Why?": every tier and credit result of the customer on a row, as sentences. */
export function WhyPanel({
  session,
  run,
  lang,
  t,
}: {
  session: SessionApi;
  run: ScoreRun;
  lang: Lang;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const [rowText, setRowText] = React.useState("");
  const row = Number(rowText);
  const index = rowText === "" ? -1 : scoredIndexOfRow(run, row);
  const scored = index < 0 ? undefined : scoredCustomerAt(run, index);
  const useSelection = async (): Promise<void> => {
    const cell = await session.state.host?.selectedCell?.();
    const m = cell ? /(\d+)$/.exec(cell.address) : null;
    if (m) setRowText(m[1]);
  };
  const tiers = scored
    ? explainCustomerTiers(
        scored.tiers,
        scored.customer,
        run.tiers,
        run.settings.tiers,
        undefined,
        pAliveInput(run, index)
      )
    : null;
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
      {rowText !== "" && !scored && <div>{t("whyNone", { row: rowText })}</div>}
      {scored && tiers && (
        <div data-testid="why-text">
          <strong>
            {scored.customer.customer_id} {scored.customer.name ?? ""}
          </strong>
          {/* The plain line a salesperson acts on first; the technical reasons follow, smaller. */}
          <p className={styles.summary} data-testid="why-summary">
            {salesSummary(scored)[lang]}
          </p>
          <ul className={styles.list}>
            {Object.entries(tiers).map(([key, text]) => (
              <li key={key}>{text[lang]}</li>
            ))}
          </ul>
          <h4 className={styles.h}>{t("whyCredit")}</h4>
          <div className={styles.list}>{explainCredit(creditDetail(run, scored), lang)}</div>
          {creditNotes(scored, run, lang).map((note) => (
            <div key={note} className={styles.list} data-testid="why-credit-note">
              {note}
            </div>
          ))}
          {scored.credit.fuzzy !== undefined && (
            <div className={styles.list} data-testid="why-fuzzy">
              {explainFuzzy(scored.credit.fuzzy, session.state.settings.credit.fuzzyGrades, lang)}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
