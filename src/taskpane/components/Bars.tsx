import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "7em 1fr auto", alignItems: "center", gap: "6px" },
  track: { height: "10px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: "2px" },
  fill: { height: "10px", backgroundColor: tokens.colorBrandBackground, borderRadius: "2px" },
  note: { fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
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
          <div className={styles.track}>
            <div className={styles.fill} style={{ width: `${Math.round(item.share * 100)}%` }} />
          </div>
          <span className={styles.note}>{item.note}</span>
        </div>
      ))}
    </div>
  );
}
