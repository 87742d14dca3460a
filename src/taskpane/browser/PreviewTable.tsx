import * as React from "react";
import type { Preview } from "../model/preview";

/** The class names PreviewTable uses (BrowserFile's styles). */
type PreviewStyles = Record<
  | "scroll"
  | "table"
  | "cell"
  | "corner"
  | "colHead"
  | "rowHead"
  | "error"
  | "warning"
  | "info"
  | "selected",
  string
>;

/**
 * The first rows of the open sheet, problem cells marked. Memoised: a 200-row preview is thousands
 * of cells, and re-rendering them on every progress report of a score held the page's thread for
 * 100 ms and more; it renders again only when the preview, the marks or the selection change.
 */
export const PreviewTable = React.memo(function PreviewTable({
  preview,
  highlighted,
  selected,
  onSelect,
  styles,
}: {
  preview: Preview;
  /** Highlight severities by address, for cells the preview's findings do not mark. */
  highlighted: ReadonlyMap<string, string>;
  selected: string | null;
  onSelect: (address: string) => void;
  styles: PreviewStyles;
}): React.JSX.Element {
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-testid="preview">
        <thead>
          <tr>
            <th className={`${styles.cell} ${styles.corner}`} />
            {preview.columns.map((c) => (
              <th key={c} className={`${styles.cell} ${styles.colHead}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.row}>
              <th className={`${styles.cell} ${styles.rowHead}`} data-testid="preview-row">
                {r.row}
              </th>
              {r.cells.map((c) => {
                const mark = c.mark ?? highlighted.get(c.address) ?? null;
                const cls = [
                  styles.cell,
                  mark === "error"
                    ? styles.error
                    : mark === "warning"
                      ? styles.warning
                      : mark === "info"
                        ? styles.info
                        : "",
                  selected === c.address ? styles.selected : "",
                ].join(" ");
                return (
                  <td
                    key={c.address}
                    className={cls}
                    title={c.text}
                    data-mark={mark ?? undefined}
                    onClick={() => onSelect(c.address)}
                    ref={
                      selected === c.address
                        ? (el) => el?.scrollIntoView({ block: "nearest" })
                        : undefined
                    }
                  >
                    {c.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
