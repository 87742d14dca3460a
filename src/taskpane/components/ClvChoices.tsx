import * as React from "react";
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Settings } from "../../engine/settings";
import {
  CHURN_RULES,
  CLV_MODELS,
  withChurnRule,
  withClvModel,
  withPAliveBelow,
  type ChurnRule,
  type ClvModel,
} from "../model/clv-choice";
import type { Translate } from "./usePaneText";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const MODEL_TEXT = { deterministic: "clvDeterministic", bgnbd: "clvBgnbd" } as const;
const RULE_TEXT = { gap: "churnGap", "p-alive": "churnPAlive" } as const;

/**
 * The Settings view's lifetime value model (deterministic | bgnbd) and churn rule (gap | p-alive,
 * with its P(alive) threshold). The P(alive) rule is offered only with the BG/NBD model, which is
 * where P(alive) comes from; the draft is judged by parseSettings on save like every other setting.
 */
export function ClvChoices({
  draft,
  setDraft,
  t,
}: {
  draft: Settings;
  setDraft: (s: Settings) => void;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const model = draft.tiers.clv.model;
  const rule = draft.tiers.churnAlert.rule;
  // What the user typed: a cleared field stays empty instead of becoming 0.
  const [typed, setTyped] = React.useState<string | null>(null);
  return (
    <div className={styles.col} data-testid="clv-choices">
      <Field label={t("clvModel")}>
        <Select
          className={styles.input}
          value={model}
          onChange={(_, d) => setDraft(withClvModel(draft, d.value as ClvModel))}
          data-testid="setting-clv-model"
        >
          {CLV_MODELS.map((m) => (
            <option key={m} value={m}>
              {t(MODEL_TEXT[m])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("churnRule")}>
        <Select
          className={styles.input}
          value={rule}
          onChange={(_, d) => setDraft(withChurnRule(draft, d.value as ChurnRule))}
          data-testid="setting-churn-rule"
        >
          {CHURN_RULES.map((r) => (
            <option key={r} value={r} disabled={r === "p-alive" && model !== "bgnbd"}>
              {t(RULE_TEXT[r])}
            </option>
          ))}
        </Select>
      </Field>
      {model !== "bgnbd" && <div className={styles.note}>{t("churnPAliveNeedsBgnbd")}</div>}
      {rule === "p-alive" && (
        <Field label={t("pAliveBelow")}>
          <Input
            className={styles.input}
            type="number"
            step="0.05"
            value={typed ?? String(draft.tiers.churnAlert.pAliveBelow)}
            onChange={(_, d) => {
              setTyped(d.value);
              const value = Number(d.value);
              if (d.value.trim() !== "" && Number.isFinite(value))
                setDraft(withPAliveBelow(draft, value));
            }}
            data-testid="setting-p-alive-below"
          />
        </Field>
      )}
    </div>
  );
}
