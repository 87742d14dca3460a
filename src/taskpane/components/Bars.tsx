import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // The bar keeps at least 5em at task-pane width; a long note wraps instead of squeezing it away.
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(3em, 7em) minmax(5em, 1fr) minmax(0, max-content)",
    alignItems: "center",
    gap: "6px",
  },
  track: { height: "10px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: "2px" },
  fill: { height: "10px", backgroundColor: tokens.colorBrandBackground, borderRadius: "2px" },
  note: { fontSize: tokens.fontSizeBase200, textAlign: "right", overflowWrap: "anywhere" },
});

/** Horizontal bars: a label, a bar as wide as the share, and a note. */
export function Bars({
  items,
  testId,
}: {
  items: { label: string; share: number; note: string; key: string }[];
  testId: string;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div data-testid={testId}>
      {items.map((item) => (
        <div key={item.key} className={styles.row} data-key={item.key}>
          <span>{item.label}</span>
          <div className={styles.track} data-testid="bar-track">
            <div className={styles.fill} style={{ width: `${Math.round(item.share * 100)}%` }} />
          </div>
          <span className={styles.note}>{item.note}</span>
        </div>
      ))}
    </div>
  );
}
