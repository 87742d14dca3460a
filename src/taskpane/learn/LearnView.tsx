import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { scoreRequest } from "../../app/score";
import { unscorableText } from "../components/unscorable-text";
import type { Lang } from "../../i18n/lang";
import { disabledWhy } from "../components/disabled-why";
import type { SessionApi } from "../components/session";
import type { Translate } from "../components/usePaneText";
import { parseAsOf } from "../../app/as-of";
import { chosenCustomer } from "./chosen-customer";
import { ClassTools } from "./ClassTools";
import { localRun } from "../run/pane-run";
import { useFullRun } from "../run/useFullRun";
import { learnCards, type LearnCard } from "./learn-cards";
import { narrowTable } from "./narrow-table";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  h: { margin: 0, fontSize: tokens.fontSizeBase400 },
  p: { margin: 0, fontSize: tokens.fontSizeBase200 },
  formula: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "4px 6px",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  // Wide tables are turned on their side (narrowTable); this only guards a very long label.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  figures: {
    display: "grid",
    // The label keeps at least half the card; a long value wraps rather than squeezing the label
    // into a column of single characters.
    gridTemplateColumns: "minmax(50%, 1fr) minmax(0, auto)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  dd: {
    margin: 0,
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  dt: { margin: 0, overflowWrap: "anywhere" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    textAlign: "right",
  },
});

function CardView({
  card,
  onShow,
  t,
}: {
  card: LearnCard;
  onShow: ((card: LearnCard) => void) | null;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const table = card.table && narrowTable(card.table);
  return (
    <section className={styles.card} data-testid={`learn-card-${card.id}`}>
      <h3 className={styles.h}>{card.title}</h3>
      <p className={styles.p}>{card.explanation}</p>
      <p className={styles.formula} aria-label={t("learnFormula")}>
        {card.formula}
      </p>
      <dl className={styles.figures}>
        {card.figures.map((f) => (
          <React.Fragment key={f.key}>
            <dt className={styles.dt}>{f.label}</dt>
            <dd
              className={styles.dd}
              data-testid={`learn-${card.id}-${f.key}`}
              data-value={f.number ?? ""}
            >
              {f.value}
            </dd>
          </React.Fragment>
        ))}
      </dl>
      {table && (
        <div className={styles.scroll}>
          <table className={styles.table} data-testid={`learn-${card.id}-table`}>
            <thead>
              <tr>
                <th className={styles.cell}>{table.corner}</th>
                {table.columns.map((col) => (
                  <th key={col} className={styles.cell}>
                    {col}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.label}>
                  <th className={styles.cell}>{r.label}</th>
                  {r.cells.map((text, j) => (
                    <td key={j} className={styles.cell}>
                      {text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {card.showMe && onShow && (
        <div>
          <Button size="small" onClick={() => onShow(card)} data-testid={`learn-show-${card.id}`}>
            {t("learnShowMe")}
          </Button>
        </div>
      )}
    </section>
  );
}

/**
 * The Learn view: a card per concept of domain.md §4-§7, with the numbers of the run the Score view
 * produced (or a button that scores), worked examples on a chosen customer row, and "Show me".
 */
export function LearnView({
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
  // Learn's cards read every customer: the whole run, fetched from the engine only while Learn is open.
  const run = useFullRun(state.run);
  const [rowText, setRowText] = React.useState("");
  const row = rowText === "" || !/^\d+$/.test(rowText) ? null : Number(rowText);
  const cards = React.useMemo(() => (run ? learnCards(run, row, lang) : []), [run, row, lang]);
  const example = run ? chosenCustomer(run, row) : null;

  const score = (): void => {
    const asOf = parseAsOf(state.asOf);
    if (asOf === null) return set({ message: { kind: "error", text: t("asOfInvalid") } });
    void work("score", async (workbook) => {
      const sheetName = state.check?.report.sheet;
      const outcome = scoreRequest(workbook, { asOf, settings: state.settings, sheetName });
      if ("run" in outcome) set({ run: localRun(outcome.run), runWritten: false });
      else set({ message: { kind: "error", text: unscorableText(outcome, lang, t) } });
    });
  };
  const show = (card: LearnCard): void => {
    if (card.showMe) void state.host?.selectCell(card.showMe.sheet, card.showMe.address);
  };
  const useSelection = async (): Promise<void> => {
    const cell = await state.host?.selectedCell?.();
    const m = cell ? /(\d+)$/.exec(cell.address) : null;
    if (m) setRowText(m[1]);
  };

  return (
    <section className={styles.col} data-testid="learn-view">
      <p className={styles.p}>{t("learnIntro")}</p>
      <ClassTools session={session} lang={lang} t={t} />
      {!state.run ? (
        <div>
          <Button
            appearance="primary"
            onClick={score}
            disabled={state.busy !== null || state.host === null}
            title={disabledWhy(state, t)}
            data-testid="learn-score"
          >
            {t("learnScoreFirst")}
          </Button>
        </div>
      ) : (
        <>
          <div className={styles.row}>
            <Field label={t("learnRow")}>
              <Input
                value={rowText}
                onChange={(_, d) => setRowText(d.value.trim())}
                inputMode="numeric"
                data-testid="learn-row"
              />
            </Field>
            {state.host?.selectedCell && (
              <Button onClick={() => void useSelection()}>{t("whyUseSelection")}</Button>
            )}
          </div>
          {row !== null && example?.customer.row !== row && (
            <div className={styles.p}>{t("whyNone", { row })}</div>
          )}
          {example && (
            <div className={styles.p} data-testid="learn-example">
              {t("learnCustomerShown", {
                customer: `${example.customer.customer_id} ${example.customer.name ?? ""}`.trim(),
              })}
            </div>
          )}
          {cards.map((card) => (
            <CardView key={card.id} card={card} onShow={state.host ? show : null} t={t} />
          ))}
        </>
      )}
    </section>
  );
}
