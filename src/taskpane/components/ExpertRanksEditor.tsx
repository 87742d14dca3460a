import * as React from "react";
import { Button, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../i18n/lang";
import { parseExpertRanksText } from "../model/expert-ranks-text";
import type { Translate } from "./usePaneText";

const useStyles = makeStyles({
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** Expert rankings, one expert per line, turned into rank-sum weights as you type. */
export function ExpertRanksEditor({
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
  const [text, setText] = React.useState("");
  const check = text.trim() === "" ? null : parseExpertRanksText(text, criteria.length);
  return (
    <div data-testid="expert-ranks">
      <div>{t("ranksHint", { order: criteria.join(" · ") })}</div>
      <Textarea value={text} onChange={(_, d) => setText(d.value)} data-testid="ranks-text" />
      {check && !check.ok && <div className={styles.bad}>{check.message[lang]}</div>}
      {check?.ok && (
        <div className={styles.ok}>
          {criteria
            .map((c, i) => `${c} ${(check.result.weights[i] * 100).toFixed(1)}%`)
            .join(" · ")}{" "}
          <Button
            size="small"
            onClick={() => onUse(check.result.weights.map((w) => Number((w * 100).toFixed(2))))}
          >
            {t("ranksUse")}
          </Button>
        </div>
      )}
    </div>
  );
}
