import * as React from "react";
import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { MIX_DIMENSIONS, type MixDimension } from "../../engine/models/tiers/mix";
import { isoFromDay } from "../../engine/day";
import { migration } from "../../engine/history/migration";
import { refreshTiers } from "../../app/refresh";
import { localRun } from "../run/pane-run";
import type { Lang } from "../../i18n/lang";
import { parseAsOf } from "../../app/as-of";
import { chosenTemplate } from "../model/template-choice";
import { MigrationTable } from "./MigrationTable";
import { unscorableText } from "./unscorable-text";
import { useWorkbookHistory } from "./useWorkbookHistory";
import { disabledWhy } from "./disabled-why";
import type { SessionApi } from "./session";
import { percent, type Translate } from "./usePaneText";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "2px 6px",
      textAlign: "right",
    },
    "& thead th": { textAlign: "right" },
  },
  h: { margin: "8px 0 2px", fontSize: tokens.fontSizeBase300 },
});

const DIMENSION_KEY = {
  region: "mixRegion",
  industry: "mixIndustry",
  sales_rep: "mixSalesRep",
  legal_form: "mixLegalForm",
} as const;

/** The Manager view: refresh tiers (results written, snapshot kept), migration, movers and customer mix. */
export function ManagerView({
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
  const [dimension, setDimension] = React.useState<MixDimension>("region");
  const history = useWorkbookHistory(state.host, state.workbook);
  const refresh = (): void => {
    const asOf = parseAsOf(state.asOf);
    const host = state.host;
    if (asOf === null) return set({ message: { kind: "error", text: t("asOfInvalid") } });
    if (host === null) return;
    void work("refresh", async (_workbook, options) => {
      const outcome = await refreshTiers(
        host,
        {
          asOf,
          settings: state.settings,
          sheetName: state.check?.report.sheet,
          template: state.check?.opened.template ?? chosenTemplate(null, state.template),
        },
        lang,
        options
      );
      if (!("run" in outcome)) {
        set({ message: { kind: "error", text: unscorableText(outcome, lang, t) } });
        return;
      }
      set({ run: localRun(outcome.run), runWritten: true });
      await session.reload();
    });
  };
  const moved = history === null ? null : migration(history);
  const dates = history === null ? [] : [...new Set(history.map((r) => r.date))];
  const last = dates.length === 0 ? null : Math.max(...dates);
  const mix = state.run?.shown.mix;
  return (
    <section className={styles.col} data-testid="manager-view">
      <div>
        <Button
          appearance="primary"
          onClick={refresh}
          disabled={state.busy !== null || state.host === null}
          title={disabledWhy(state, t)}
          data-testid="refresh-tiers"
        >
          {state.busy?.what === "refresh" ? t("refreshing") : t("refreshTiers")}
        </Button>
      </div>
      <div data-testid="last-refresh" data-snapshots={dates.length}>
        {last === null
          ? t("neverRefreshed")
          : t("lastRefresh", { when: isoFromDay(last), count: dates.length })}
      </div>
      <h3 className={styles.h}>{t("migrationTitle")}</h3>
      {moved === null ? (
        <div>{t("migrationNeedsTwo")}</div>
      ) : (
        <MigrationTable moved={moved} t={t} />
      )}
      {mix && (
        <>
          <h3 className={styles.h}>
            {t("mixTitle", { dimension: t(DIMENSION_KEY[dimension]) })}{" "}
            <Select
              size="small"
              aria-label={t("mixDimension")}
              value={dimension}
              onChange={(_, d) => setDimension(d.value as MixDimension)}
            >
              {MIX_DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t(DIMENSION_KEY[d])}
                </option>
              ))}
            </Select>
          </h3>
          <table className={styles.table} data-testid="mix">
            <thead>
              <tr>
                <th>{t(DIMENSION_KEY[dimension])}</th>
                <th>{t("mixCount")}</th>
                <th>{t("mixCountShare")}</th>
                <th>{t("mixValueShare")}</th>
              </tr>
            </thead>
            <tbody>
              {mix.byDimension[dimension].slice(0, 12).map((g) => (
                <tr key={g.key ?? ""}>
                  <th>{g.key ?? t("mixEmpty")}</th>
                  <td>{g.count}</td>
                  <td>{percent(g.countShare)}</td>
                  <td>{percent(g.valueShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div>{t("mixTop", { count: mix.topCount, share: percent(mix.topValueShare) })}</div>
        </>
      )}
    </section>
  );
}
