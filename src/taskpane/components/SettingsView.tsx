import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../engine/settings";
import type { Lang } from "../../i18n/lang";
import {
  THRESHOLDS,
  thresholdValue,
  withDimensionWeights,
  withThreshold,
  type ThresholdPath,
} from "../model/settings-edit";
import { AhpEditor } from "./AhpEditor";
import { downloadBlob } from "./download";
import type { SessionApi } from "./session";
import type { Translate } from "./usePaneText";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  h: { margin: "8px 0 2px", fontSize: tokens.fontSizeBase300 },
  issues: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

const LABEL: Record<
  ThresholdPath,
  "aShare" | "bShare" | "churnDays" | "staleDays" | "minConfidence"
> = {
  "tiers.abc.aShare": "aShare",
  "tiers.abc.bShare": "bShare",
  "tiers.lifecycle.churnDays": "churnDays",
  "validation.staleDays": "staleDays",
  "credit.minConfidence": "minConfidence",
};

/** The Settings view: thresholds, weights (typed or from AHP), export, import and reset. */
export function SettingsView({
  session,
  lang,
  t,
}: {
  session: SessionApi;
  lang: Lang;
  t: Translate;
}): React.JSX.Element {
  const styles = useStyles();
  const { state, set } = session;
  const [draft, setDraft] = React.useState<Settings>(state.settings);
  const [issues, setIssues] = React.useState<string[]>([]);
  const importRef = React.useRef<HTMLInputElement>(null);
  const dims = draft.credit.scorecard5C.dimensions;

  const save = async (candidate: Settings): Promise<void> => {
    const parsed = parseSettings(candidate);
    if (parsed.settings === null) {
      setIssues(parsed.issues.map((i) => `${i.path}: ${i.message[lang]}`));
      return;
    }
    setIssues([]);
    setDraft(parsed.settings);
    set({
      settings: parsed.settings,
      run: null,
      message: { kind: "info", text: t("settingsSaved") },
    });
    await state.host?.saveSettings(JSON.stringify(parsed.settings));
  };
  const importFile = async (file: File): Promise<void> => {
    const parsed = parseSettings(await file.text());
    if (parsed.settings === null)
      setIssues(parsed.issues.map((i) => `${i.path || "JSON"}: ${i.message[lang]}`));
    else await save(parsed.settings);
  };

  return (
    <section className={styles.col} data-testid="settings-view">
      <h3 className={styles.h}>{t("thresholds")}</h3>
      <div className={styles.grid}>
        {THRESHOLDS.map((path) => (
          <Field key={path} label={t(LABEL[path])}>
            <Input
              type="number"
              value={String(thresholdValue(draft, path))}
              onChange={(_, d) => setDraft(withThreshold(draft, path, Number(d.value)))}
              data-testid={`setting-${path}`}
            />
          </Field>
        ))}
      </div>
      <h3 className={styles.h}>{t("weights")}</h3>
      <div className={styles.grid}>
        {dims.map((d, i) => (
          <Field key={d.id} label={d.name[lang]}>
            <Input
              type="number"
              value={String(d.weight)}
              onChange={(_, v) =>
                setDraft(
                  withDimensionWeights(
                    draft,
                    dims.map((x, k) => (k === i ? Number(v.value) : x.weight))
                  )
                )
              }
            />
          </Field>
        ))}
      </div>
      <h3 className={styles.h}>{t("ahpTitle")}</h3>
      <AhpEditor
        criteria={dims.map((d) => d.name[lang])}
        lang={lang}
        t={t}
        onUse={(w) => setDraft(withDimensionWeights(draft, w))}
      />
      {issues.length > 0 && (
        <div className={styles.issues} data-testid="settings-issues">
          {t("settingsInvalid")}
          <ul>
            {issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void save(draft)} data-testid="save-settings">
          {t("saveSettings")}
        </Button>
        <Button
          onClick={() =>
            downloadBlob(
              JSON.stringify(state.settings, null, 2),
              "tiersheet-settings.json",
              "application/json"
            )
          }
        >
          {t("exportSettings")}
        </Button>
        <Button onClick={() => importRef.current?.click()}>{t("importSettings")}</Button>
        <input
          ref={importRef}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = "";
          }}
        />
        <Button onClick={() => void save(DEFAULT_SETTINGS)} data-testid="reset-settings">
          {t("resetSettings")}
        </Button>
      </div>
    </section>
  );
}
