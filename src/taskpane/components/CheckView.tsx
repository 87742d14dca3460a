import * as React from "react";
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { BUILTIN_TEMPLATES } from "../../engine/template/builtin";
import type { Finding } from "../../engine/validate/finding";
import type { Lang } from "../../i18n/lang";
import { formatFinding } from "../../i18n/findings/format-finding";
import { applyFixes, highlightProblems, runCheck, writeCheckReport } from "../../app/check";
import { parseAsOf } from "../../app/as-of";
import { chosenTemplate } from "../model/template-choice";
import { fixCells } from "../../app/fix-cells";
import { findingTitle } from "../../i18n/findings/titles";
import { groupFindings } from "../model/group-findings";
import { disabledWhy } from "./disabled-why";
import type { SessionApi } from "./session";
import type { Translate } from "./usePaneText";

const useStyles = makeStyles({
  codeTag: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
  },
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "4px" },
  finding: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    background: "none",
    padding: "2px 0",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    ":hover": { textDecorationLine: "underline" },
  },
  list: { maxHeight: "180px", overflowY: "auto", margin: 0, paddingLeft: "16px" },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const SEVERITY_KEY = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
} as const;
/** Findings listed per group; the counts say how many there are in all. */
const SHOWN_PER_GROUP = 50;

/** The Check view: sheet and template, findings by code, fixes on confirmation, highlights. */
export function CheckView({
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
  const [sheetName, setSheetName] = React.useState<string | null>(null);
  const [templateId, setTemplateId] = React.useState<string | null>(null);
  const [open, setOpen] = React.useState<string | null>(null);
  const [confirming, setConfirming] = React.useState(false);
  const check = state.check;
  const sheets = state.workbook?.sheets.map((s) => s.name) ?? [];

  const runIt = (): void => {
    const asOf = parseAsOf(state.asOf);
    if (asOf === null) return set({ message: { kind: "error", text: t("asOfInvalid") } });
    void work("check", async (workbook) => {
      const template = chosenTemplate(templateId, state.template);
      set({
        check: runCheck(workbook, { sheetName, templateId, template }, state.settings, asOf),
      });
    });
  };
  const select = (f: Finding): void => {
    if (check && f.row !== null)
      void state.host?.selectCell(check.report.sheet, `${f.column ?? "A"}${f.row}`);
  };
  const fixes = check ? fixCells(check.report.findings) : [];
  const applyConfirmedFixes = (): void => {
    setConfirming(false);
    const host = state.host;
    if (!check || !host?.writeCells) return;
    void work("write", async () => {
      const count = await applyFixes(host, check);
      await session.reload();
      set({ check: null, message: { kind: "info", text: t("fixesApplied", { count }) } });
    });
  };
  const highlight = (): void => {
    const host = state.host;
    if (!check || host === null) return;
    void work("write", async () => {
      const count = await highlightProblems(host, check);
      set({ message: { kind: "info", text: t("highlighted", { count }) } });
    });
  };
  const writeReport = (): void => {
    const asOf = parseAsOf(state.asOf);
    const host = state.host;
    if (!check || asOf === null || host === null) return;
    void work("write", async (_w, options) => {
      await writeCheckReport(host, check, asOf, lang, options);
      await session.reload();
      set({ message: { kind: "info", text: t("reportWritten") } });
    });
  };

  return (
    <section className={styles.col} data-testid="check-view">
      <div className={styles.row}>
        <Field label={t("sheet")}>
          <Select
            value={sheetName ?? ""}
            onChange={(_, d) => setSheetName(d.value || null)}
            data-testid="check-sheet"
          >
            <option value="">
              {check ? `${check.report.sheet} (${t("detected")})` : t("autoDetect")}
            </option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("template")}>
          <Select
            value={templateId ?? ""}
            onChange={(_, d) => setTemplateId(d.value || null)}
            data-testid="check-template"
          >
            <option value="">
              {check && check.opened.templateDetected
                ? `${check.opened.template.title[lang]} (${t("detected")})`
                : t("autoDetect")}
            </option>
            {BUILTIN_TEMPLATES.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.title[lang]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={runIt}
          disabled={state.busy !== null || state.host === null}
          title={disabledWhy(state, t)}
          data-testid="run-check"
        >
          {state.busy?.what === "check" ? t("checking") : t("runCheck")}
        </Button>
        <Button
          onClick={highlight}
          disabled={!check || state.busy !== null}
          data-testid="highlight"
        >
          {t("highlight")}
        </Button>
        <Button
          onClick={() => void state.host?.clearHighlights().then(() => set({ message: null }))}
          disabled={state.busy !== null}
          data-testid="clear-highlights"
        >
          {t("clearHighlights")}
        </Button>
      </div>
      {check && (
        <>
          <div data-testid="check-summary">
            {t("checkSummary", {
              rows: check.report.rows,
              errors: check.report.stats.errors,
              warnings: check.report.stats.warnings,
              infos: check.report.stats.infos,
            })}
            {check.report.valid ? ` ${t("checkValid")}` : ""}
          </div>
          {check.report.findings.length === 0 && <div>{t("noFindings")}</div>}
          <div data-testid="finding-groups">
            {groupFindings(check.report.findings).map((g) => (
              <div key={g.code} className={styles.group} data-code={g.code} data-count={g.count}>
                <Button
                  appearance="subtle"
                  size="small"
                  onClick={() => setOpen(open === g.code ? null : g.code)}
                >
                  <Badge color={SEVERITY_COLOR[g.severity]} appearance="tint">
                    {t(SEVERITY_KEY[g.severity])}
                  </Badge>
                  &nbsp;{findingTitle(g.code, lang)} × {g.count}&nbsp;
                  <span className={styles.codeTag} data-testid="finding-code">
                    {g.code}
                  </span>
                </Button>
                {open === g.code && (
                  <ul className={styles.list}>
                    {g.findings.slice(0, SHOWN_PER_GROUP).map((f, i) => (
                      <li key={i}>
                        <button
                          type="button"
                          className={styles.finding}
                          onClick={() => select(f)}
                          data-testid="finding"
                        >
                          {formatFinding(f, lang, check.opened.template)}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
          <div className={styles.group} data-testid="fixes">
            <div>
              {fixes.length > 0 ? t("fixesTitle", { count: fixes.length }) : t("fixesNone")}
            </div>
            {fixes.length > 0 && (
              <Button
                onClick={() => setConfirming(true)}
                disabled={state.busy !== null || !state.host?.writeCells}
                data-testid="apply-fixes"
              >
                {t("applyFixes")}
              </Button>
            )}
          </div>
          <div className={styles.row}>
            <Button onClick={writeReport} disabled={state.busy !== null} data-testid="write-report">
              {t("writeReport")}
            </Button>
          </div>
          <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>{t("confirmFixesTitle", { count: fixes.length })}</DialogTitle>
                <DialogContent>
                  {t("confirmFixesBody", { sheet: check.report.sheet })}
                  <ul className={styles.list} data-testid="fix-list">
                    {fixes.map((c) => (
                      <li key={c.address}>
                        {c.address}: {String(c.value)}
                      </li>
                    ))}
                  </ul>
                </DialogContent>
                <DialogActions>
                  <Button
                    appearance="primary"
                    onClick={applyConfirmedFixes}
                    data-testid="confirm-fixes"
                  >
                    {t("confirm")}
                  </Button>
                  <Button onClick={() => setConfirming(false)}>{t("cancel")}</Button>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        </>
      )}
    </section>
  );
}
