import * as React from "react";
import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { MIX_DIMENSIONS, type MixDimension } from "../../engine/models/tiers/mix";
import { buildScorePlan } from "../../engine/plan/build-score-plan";
import { scoreWorkbook } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";
import { parseAsOf } from "../model/as-of";
import { chosenTemplate } from "../model/template-choice";
import { migration } from "../model/migration";
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
  },
  h: { margin: "8px 0 2px", fontSize: tokens.fontSizeBase300 },
  small: { fontSize: tokens.fontSizeBase200, margin: 0, paddingLeft: "16px" },
});

const DIMENSION_KEY = {
  region: "mixRegion",
  industry: "mixIndustry",
  sales_rep: "mixSalesRep",
  legal_form: "mixLegalForm",
} as const;
const SHOWN_MOVERS = 20;

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
  const refresh = (): void => {
    const asOf = parseAsOf(state.asOf);
    if (asOf === null) return set({ message: { kind: "error", text: t("asOfInvalid") } });
    void work("refresh", async (workbook, options) => {
      const run = scoreWorkbook(workbook, {
        asOf,
        settings: state.settings,
        sheetName: state.check?.report.sheet,
        template: state.check?.opened.template ?? chosenTemplate(null, state.template),
      });
      if (run === null) return;
      await state.host?.applyPlan(buildScorePlan(run, lang), options);
      const snapshot = new Map(run.customers.map((c) => [c.customer.customer_id, c.tiers.abc]));
      set({ run, refreshes: [...state.refreshes, { at: new Date(), snapshot }].slice(-2) });
      await session.reload();
    });
  };
  const [before, now] = state.refreshes.length === 2 ? state.refreshes : [null, null];
  const moved = before && now ? migration(before.snapshot, now.snapshot) : null;
  const last = state.refreshes[state.refreshes.length - 1];
  const mix = state.run?.tiers.mix;
  return (
    <section className={styles.col} data-testid="manager-view">
      <div>
        <Button
          appearance="primary"
          onClick={refresh}
          disabled={state.busy !== null || state.host === null}
          data-testid="refresh-tiers"
        >
          {state.busy?.what === "refresh" ? t("refreshing") : t("refreshTiers")}
        </Button>
      </div>
      <div data-testid="last-refresh">
        {last ? t("lastRefresh", { when: last.at.toLocaleString(lang) }) : t("neverRefreshed")}
      </div>
      <h3 className={styles.h}>{t("migrationTitle")}</h3>
      {moved === null ? (
        <div>{t("migrationNeedsTwo")}</div>
      ) : (
        <>
          <table className={styles.table} data-testid="migration">
            <thead>
              <tr>
                <th />
                <th>A</th>
                <th>B</th>
                <th>C</th>
                <th>{t("migrationGone")}</th>
              </tr>
            </thead>
            <tbody>
              {(["A", "B", "C", "new"] as const).map((from) => (
                <tr key={from}>
                  <th>{from === "new" ? t("migrationNew") : from}</th>
                  {(["A", "B", "C", "gone"] as const).map((to) => (
                    <td key={to}>{moved.counts[from][to]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className={styles.h}>{t("moversTitle", { count: moved.movers.length })}</h3>
          <ul className={styles.small}>
            {moved.movers.slice(0, SHOWN_MOVERS).map((m) => (
              <li key={m.customerId}>
                {m.customerId}: {m.before} → {m.now} (
                {t(m.direction === "up" ? "moverUp" : "moverDown")})
              </li>
            ))}
          </ul>
        </>
      )}
      {mix && (
        <>
          <h3 className={styles.h}>
            {t("mixTitle", { dimension: t(DIMENSION_KEY[dimension]) })}{" "}
            <Select
              size="small"
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
