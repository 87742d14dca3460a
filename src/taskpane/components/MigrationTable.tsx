import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { TIERS, type Migration } from "../../engine/history/migration";
import type { Translate } from "./usePaneText";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "2px 6px",
      textAlign: "right",
    },
  },
  total: { fontWeight: tokens.fontWeightSemibold },
  h: { margin: "8px 0 2px", fontSize: tokens.fontSizeBase300 },
  list: { fontSize: tokens.fontSizeBase200, margin: 0, paddingLeft: "16px" },
});

/** Movers shown before "show all". */
export const SHOWN_MOVERS = 10;

/** The migration matrix (tier last time x tier now, with new, gone and totals) and the movers. */
export function MigrationTable({
  moved,
  t,
}: {
  moved: Migration;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const rowTotal = (from: (typeof TIERS)[number]): number =>
    TIERS.reduce((n, to) => n + moved.counts[from][to], 0) + moved.left[from];
  const colTotal = (to: (typeof TIERS)[number]): number =>
    TIERS.reduce((n, from) => n + moved.counts[from][to], 0) + moved.entered[to];
  const enteredTotal = TIERS.reduce((n, to) => n + moved.entered[to], 0);
  const leftTotal = TIERS.reduce((n, from) => n + moved.left[from], 0);
  // The engine lists them by impact already: largest value change first.
  const movers = moved.movers;
  const shown = all ? movers : movers.slice(0, SHOWN_MOVERS);
  return (
    <>
      <table className={styles.table} data-testid="migration">
        <thead>
          <tr>
            <th>{t("migrationCorner")}</th>
            {TIERS.map((to) => (
              <th key={to}>{to}</th>
            ))}
            <th>{t("migrationGone")}</th>
            <th>{t("migrationTotal")}</th>
          </tr>
        </thead>
        <tbody>
          {TIERS.map((from) => (
            <tr key={from}>
              <th>{from}</th>
              {TIERS.map((to) => (
                <td key={to}>{moved.counts[from][to]}</td>
              ))}
              <td>{moved.left[from]}</td>
              <td className={styles.total}>{rowTotal(from)}</td>
            </tr>
          ))}
          <tr>
            <th>{t("migrationNew")}</th>
            {TIERS.map((to) => (
              <td key={to}>{moved.entered[to]}</td>
            ))}
            <td />
            <td className={styles.total}>{enteredTotal}</td>
          </tr>
          <tr className={styles.total}>
            <th>{t("migrationTotal")}</th>
            {TIERS.map((to) => (
              <td key={to}>{colTotal(to)}</td>
            ))}
            <td>{leftTotal}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <h3 className={styles.h} data-testid="movers-count" data-count={movers.length}>
        {t("moversTitle", { count: movers.length })}
      </h3>
      {movers.length === 0 ? (
        <div data-testid="no-movers">{t("moversNone")}</div>
      ) : (
        <ul className={styles.list} data-testid="movers">
          {shown.map((m) => (
            <li key={m.customerId}>
              {m.customerId}
              {m.name ? ` ${m.name}` : ""}: {m.from} → {m.to} (
              {t(m.direction === "up" ? "moverUp" : "moverDown")};{" "}
              {m.cause === "cutoff" ? t("moverCutOff") : t("moverValueChanged")})
            </li>
          ))}
        </ul>
      )}
      {movers.length > SHOWN_MOVERS && !all && (
        <Button size="small" onClick={() => setAll(true)} data-testid="movers-all">
          {t("showAll", { count: movers.length })}
        </Button>
      )}
    </>
  );
}
