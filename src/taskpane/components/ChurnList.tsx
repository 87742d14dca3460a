import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ChurnAction } from "../../engine/models/tiers/churn-action";
import type { ChurnListItem } from "../model/score-summary";
import type { Translate } from "./usePaneText";

const useStyles = makeStyles({
  h: { margin: "6px 0 2px", fontSize: tokens.fontSizeBase200 },
  list: { fontSize: tokens.fontSizeBase200, margin: 0, paddingLeft: "16px" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Customers shown before "show all". */
export const SHOWN_ALERTS = 10;

/**
 * One churn list: the call list (overdue, still active) or the win-backs (already churned), with its
 * count, the first ten by value at risk, "show all", and a way to write the whole list to a sheet.
 */
export function ChurnList({
  action,
  items,
  t,
  onWrite,
  busy,
}: {
  action: ChurnAction;
  items: readonly ChurnListItem[];
  t: Translate;
  /** Null where the host cannot add a sheet. */
  onWrite: (() => void) | null;
  busy: boolean;
}): React.JSX.Element | null {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, SHOWN_ALERTS);
  const id = action === "call" ? "calls" : "win-backs";
  return (
    <div data-testid={id} data-count={items.length}>
      <h4 className={styles.h}>
        {t(action === "call" ? "churnCalls" : "churnWinBacks", { count: items.length })}
      </h4>
      <ul className={styles.list}>
        {shown.map((a) => (
          <li key={`${a.customerId}-${a.row}`}>
            {a.customerId} {a.name ?? ""} ({t("rowLabel", { row: a.row })})
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        {items.length > SHOWN_ALERTS && !all && (
          <Button size="small" onClick={() => setAll(true)} data-testid={`${id}-all`}>
            {t("showAll", { count: items.length })}
          </Button>
        )}
        {onWrite && (
          <Button size="small" onClick={onWrite} disabled={busy} data-testid={`${id}-write`}>
            {t("churnWriteList")}
          </Button>
        )}
      </div>
    </div>
  );
}
