import * as React from "react";
import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../i18n/lang";
import { createAhpEditor, setJudgement } from "../model/ahp-editor";
import type { Translate } from "./usePaneText";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { width: "3.2em", minWidth: "3.2em" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** The AHP matrix editor: upper cells typed, lower cells derived, CR shown as you type. */
export function AhpEditor({
  criteria,
  lang,
  t,
  onUse,
}: {
  criteria: string[];
  lang: Lang;
  t: Translate;
  onUse: (weights: number[]) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [state, setState] = React.useState(() => createAhpEditor(criteria));
  const check = state.check;
  return (
    <div data-testid="ahp">
      <table className={styles.table}>
        <tbody>
          <tr>
            <th />
            {/* Numbers across: five criteria names side by side are wider than a task pane. */}
            {criteria.map((c, j) => (
              <th key={c} title={c} scope="col">
                {j + 1}
              </th>
            ))}
          </tr>
          {criteria.map((c, i) => (
            <tr key={c}>
              <th scope="row">
                {i + 1} {c}
              </th>
              {criteria.map((_, j) => (
                <td key={j}>
                  {i < j ? (
                    <Input
                      size="small"
                      className={styles.cell}
                      value={state.texts[i][j]}
                      onChange={(_e, d) => setState((s) => setJudgement(s, i, j, d.value))}
                      data-testid={`ahp-${i}-${j}`}
                    />
                  ) : i === j ? (
                    "1"
                  ) : state.matrix ? (
                    Number(state.matrix[i][j].toPrecision(3))
                  ) : (
                    "?"
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div data-testid="ahp-cr" className={check?.ok ? styles.ok : styles.bad}>
        {check === null
          ? t("ahpIncomplete")
          : check.ok
            ? `${t("ahpCr", { cr: check.result.cr.toFixed(3) })} ${t("ahpOk")}`
            : check.message[lang]}
      </div>
      {check?.ok && (
        <div>
          {criteria
            .map((c, i) => `${c} ${(check.result.weights[i] * 100).toFixed(1)}%`)
            .join(" · ")}{" "}
          <Button
            size="small"
            onClick={() => onUse(check.result.weights.map((w) => Number((w * 100).toFixed(2))))}
          >
            {t("ahpUse")}
          </Button>
        </div>
      )}
    </div>
  );
}
