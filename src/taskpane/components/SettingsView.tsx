import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { BUILTIN_TEMPLATES, getBuiltinTemplate } from "../../engine/template/builtin";
import { ENTERPRISE_TEMPLATE } from "../../engine/template/enterprise";
import { templateFromRows, templateToRows } from "../../engine/template/template-sheet";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../engine/settings";
import type { Lang } from "../../i18n/lang";
import {
  THRESHOLDS,
  thresholdValue,
  withDimensionWeights,
  withThreshold,
  type ThresholdPath,
} from "../model/settings-edit";
import { exportedSettingsText, settingsIssueLines } from "../../app/stored-settings";
import {
  chosenTemplate,
  choiceValue,
  DETECT,
  templateIdForSheet,
  templateSheetName,
} from "../model/template-choice";
import { AhpEditor } from "./AhpEditor";
import { ClvChoices } from "./ClvChoices";
import { ExpertRanksEditor } from "./ExpertRanksEditor";
import { FitScorecardPanel } from "./FitScorecardPanel";
import { downloadBlob } from "./download";
import type { SessionApi } from "./session";
import type { Translate } from "./usePaneText";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Two columns that may shrink below the inputs' natural width: a task pane is 320-350 px wide.
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  input: { minWidth: 0, width: "100%" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  h: { margin: "8px 0 2px", fontSize: tokens.fontSizeBase300 },
  issues: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** A field's text that is a number (an empty field is not 0). */
function isNumberText(text: string): boolean {
  return text.trim() !== "" && Number.isFinite(Number(text));
}

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

/**
 * The Settings view: the default template (and editing it as a sheet), thresholds, weights (typed or
 * from AHP), export, import and reset; a warning when the workbook's stored settings were refused.
 */
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
  const { state, set, work } = session;
  const [draft, setDraft] = React.useState<Settings>(state.settings);
  // What the user typed in each threshold field: a cleared field stays empty (and says so) instead
  // of becoming 0.
  const [typed, setTyped] = React.useState<Partial<Record<ThresholdPath, string>>>({});
  const unreadable = THRESHOLDS.filter((p) => typed[p] !== undefined && !isNumberText(typed[p]!));
  const [issues, setIssues] = React.useState<string[]>([]);
  const [sourceSheet, setSourceSheet] = React.useState<string>("");
  const [sheetNames, setSheetNames] = React.useState<string[]>([]);
  const [templateIssues, setTemplateIssues] = React.useState<string[]>([]);
  const host = state.host;

  // Settings loaded from the workbook after this view opened replace the untouched draft.
  React.useEffect(() => {
    setDraft(state.settings);
    setTyped({});
  }, [state.settings]);
  React.useEffect(() => {
    let current = true;
    host?.listSheets().then(
      (list) => {
        if (current)
          setSheetNames(list.filter((s) => s.outputKey === undefined).map((s) => s.name));
      },
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [host, state.workbook]);

  const chooseTemplate = (value: string): void => {
    const builtin = getBuiltinTemplate(value);
    set({
      template: builtin ? { kind: "builtin", id: builtin.id } : DETECT,
      check: null,
      run: null,
    });
  };
  const editAsSheet = (): void => {
    if (!host?.writeSheet) {
      set({ message: { kind: "error", text: t("templateSheetsUnsupported") } });
      return;
    }
    // "Detect" has no template yet: the enterprise one is the usual start.
    const template = chosenTemplate(null, state.template) ?? ENTERPRISE_TEMPLATE;
    void work("template", async () => {
      const sheet = await host.writeSheet!(templateSheetName(template), templateToRows(template));
      await session.reload();
      set({ message: { kind: "info", text: t("templateSheetWritten", { sheet }) } });
    });
  };
  const useSheet = (): void => {
    const name = sourceSheet || sheetNames[0];
    if (!name) return;
    void work("template", async () => {
      // Read afresh from the host: the user has just been editing this sheet.
      const sheet = await host?.readSheet(name);
      if (!sheet) return;
      const result = templateFromRows(sheet.rows, templateIdForSheet(name), {
        "zh-CN": `工作表 ${name} 中的模板`,
        "en-US": `Template from sheet ${name}`,
      });
      if ("errors" in result) {
        setTemplateIssues(result.errors.map((e) => `${e.path}: ${e.message[lang]}`));
        return;
      }
      setTemplateIssues([]);
      set({
        template: { kind: "sheet", sheet: name, template: result.template },
        check: null,
        run: null,
        message: { kind: "info", text: t("templateSheetUsed", { sheet: name }) },
      });
    });
  };
  const importRef = React.useRef<HTMLInputElement>(null);
  const dims = draft.credit.scorecard5C.dimensions;

  const refuse = (lines: string[]): void => {
    setIssues(lines);
    // An earlier "Settings saved" must not stand beside a refusal.
    set({ message: null });
  };
  const save = async (candidate: Settings): Promise<void> => {
    if (unreadable.length > 0) {
      refuse(unreadable.map((p) => `${t(LABEL[p])}: ${t("shouldBeNumber")}`));
      return;
    }
    const parsed = parseSettings(candidate);
    if (parsed.settings === null) {
      refuse(settingsIssueLines(parsed.issues, lang));
      return;
    }
    setIssues([]);
    setDraft(parsed.settings);
    set({
      settings: parsed.settings,
      settingsIssues: null,
      settingsBadText: null,
      run: null,
      message: { kind: "info", text: t("settingsSaved") },
    });
    await state.host?.saveSettings(JSON.stringify(parsed.settings));
  };
  const importFile = async (file: File): Promise<void> => {
    const parsed = parseSettings(await file.text());
    if (parsed.settings === null) refuse(settingsIssueLines(parsed.issues, lang));
    else await save(parsed.settings);
  };

  return (
    <section className={styles.col} data-testid="settings-view">
      {state.settingsIssues && (
        <MessageBar intent="warning" data-testid="settings-corrupt">
          <MessageBarBody>
            {t("settingsCorrupt")}
            <ul>
              {settingsIssueLines(state.settingsIssues, lang).map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <h3 className={styles.h}>{t("settingsTemplate")}</h3>
      <div className={styles.row}>
        <Select
          value={choiceValue(state.template)}
          onChange={(_, d) => chooseTemplate(d.value)}
          aria-label={t("settingsTemplate")}
          data-testid="settings-template"
        >
          <option value="detect">{t("templateDetect")}</option>
          {BUILTIN_TEMPLATES.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.title[lang]}
            </option>
          ))}
          {state.template.kind === "sheet" && (
            <option value="sheet">{t("templateFromSheet", { sheet: state.template.sheet })}</option>
          )}
        </Select>
        <Button
          onClick={editAsSheet}
          disabled={state.busy !== null || host === null}
          data-testid="edit-template-sheet"
        >
          {t("editTemplateSheet")}
        </Button>
      </div>
      <div className={styles.row}>
        <Select
          value={sourceSheet || sheetNames[0] || ""}
          onChange={(_, d) => setSourceSheet(d.value)}
          aria-label={t("templateSheetSource")}
          data-testid="template-source-sheet"
        >
          {sheetNames.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
        <Button
          onClick={useSheet}
          disabled={state.busy !== null || host === null || sheetNames.length === 0}
          data-testid="use-template-sheet"
        >
          {t("useTemplateSheet")}
        </Button>
      </div>
      {templateIssues.length > 0 && (
        <div className={styles.issues} data-testid="template-issues">
          {t("templateSheetRefused", { sheet: sourceSheet || sheetNames[0] || "" })}
          <ul>
            {templateIssues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      )}
      <h3 className={styles.h}>{t("thresholds")}</h3>
      <div className={styles.grid}>
        {THRESHOLDS.map((path) => (
          <Field
            key={path}
            label={t(LABEL[path])}
            validationMessage={unreadable.includes(path) ? t("shouldBeNumber") : undefined}
          >
            <Input
              className={styles.input}
              type="number"
              value={typed[path] ?? String(thresholdValue(draft, path))}
              onChange={(_, d) => {
                setTyped({ ...typed, [path]: d.value });
                if (isNumberText(d.value)) setDraft(withThreshold(draft, path, Number(d.value)));
              }}
              data-testid={`setting-${path}`}
            />
          </Field>
        ))}
      </div>
      <h3 className={styles.h}>{t("clvTitle")}</h3>
      <ClvChoices draft={draft} setDraft={setDraft} t={t} />
      <h3 className={styles.h}>{t("weights")}</h3>
      <div className={styles.grid}>
        {dims.map((d, i) => (
          <Field key={d.id} label={d.name[lang]}>
            <Input
              className={styles.input}
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
      <h3 className={styles.h}>{t("ranksTitle")}</h3>
      <ExpertRanksEditor
        criteria={dims.map((d) => d.name[lang])}
        lang={lang}
        t={t}
        onUse={(w) => setDraft(withDimensionWeights(draft, w))}
      />
      <h3 className={styles.h}>{t("fitTitle")}</h3>
      <FitScorecardPanel
        session={session}
        sheetNames={sheetNames}
        draft={draft}
        setDraft={setDraft}
        lang={lang}
        t={t}
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
              exportedSettingsText(state.settings, state.settingsBadText),
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
