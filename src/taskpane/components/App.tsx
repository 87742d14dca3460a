import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../hosts/host";
import type { Lang } from "../../i18n/lang";
import type { HostState, RunMode } from "../office/watchHost";
import { LearnView } from "../learn/LearnView";
import { settingsIssueLines } from "../../app/stored-settings";
import { CheckView } from "./CheckView";
import { ManagerView } from "./ManagerView";
import { ScoreView } from "./ScoreView";
import { useSession } from "./session";
import { SettingsView } from "./SettingsView";
import { errorText, usePaneText } from "./usePaneText";
import { paneEngine } from "../worker/choose-engine";
import type { EngineWorker } from "../worker/worker-engine";

// FileHost and ExcelJS come in their own chunk, fetched only in browser mode.
const BrowserFile = React.lazy(
  () => import(/* webpackChunkName: "browser-mode" */ "../browser/BrowserFile")
);

const useStyles = makeStyles({
  // Each progress step would animate the bar's width for 0.3 s: a repaint of the whole pane (the
  // preview's thousands of cells included) every frame, 50-200 ms a frame on a busy machine.
  stillBar: { transitionProperty: "none" },
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // h1 and p keep their semantics for screen readers but not the browser's default margins.
  flush: { margin: 0 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  modeRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const BADGE_COLOR: Record<RunMode, "informative" | "success" | "warning"> = {
  starting: "informative",
  excel: "success",
  browser: "warning",
};
/** What the progress line says each kind of long work is doing. */
const BUSY_KEY = {
  check: "checking",
  score: "scoring",
  refresh: "refreshing",
  write: "writing",
  open: "opening",
  template: "writing",
} as const;
const MODE_KEY = { starting: "modeStarting", excel: "modeExcel", browser: "modeBrowser" } as const;

type View = "check" | "score" | "manager" | "settings" | "learn";

/**
 * The task pane: where it runs, the language switch, and the Check, Score, Manager, Settings and Learn views.
 * `excelHost` is the workbook inside Excel when there is one; in browser mode the user opens a file.
 * `startWorker` starts the engine worker (the pane's entry passes it; without it, or where the
 * browser has no Worker, the engine runs on the page's thread and the pane says so).
 */
export function App({
  state,
  excelHost = null,
  startWorker = null,
}: {
  state: HostState;
  excelHost?: WorkbookHost | null;
  startWorker?: (() => EngineWorker) | null;
}): React.JSX.Element {
  const styles = useStyles();
  const [chosenLang, setChosenLang] = React.useState<Lang | null>(null);
  const lang = chosenLang ?? state.lang;
  const t = usePaneText(lang);
  const [fileHost, setFileHost] = React.useState<WorkbookHost | null>(null);
  const host = state.mode === "excel" ? excelHost : fileHost;
  const describe = React.useCallback(
    (e: unknown) => t("error", { message: errorText(e, lang) }),
    [t, lang]
  );
  const engine = React.useMemo(() => paneEngine(globalThis, startWorker), [startWorker]);
  React.useEffect(() => () => engine.dispose(), [engine]);
  const session = useSession(host, describe, t("cancelled"), engine);
  const [view, setView] = React.useState<View>("check");
  const busy = session.state.busy;

  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <div className={styles.header}>
          <Title2 as="h1" className={styles.flush}>
            {t("title")}
          </Title2>
          <Button
            size="small"
            appearance="subtle"
            aria-label={t("language")}
            onClick={() => setChosenLang(lang === "zh-CN" ? "en-US" : "zh-CN")}
            data-testid="lang-switch"
          >
            {lang === "zh-CN" ? "English" : "中文"}
          </Button>
        </div>
        <Body1 as="p" className={styles.flush}>
          {t("description")}
        </Body1>
        <div className={styles.modeRow}>
          <Badge
            appearance="tint"
            color={BADGE_COLOR[state.mode]}
            data-testid="run-mode"
            data-mode={state.mode}
          >
            {t(MODE_KEY[state.mode])}
          </Badge>
        </div>
        {engine.kind === "main-thread" && state.mode !== "starting" && (
          <MessageBar intent="warning" data-testid="engine-main-thread">
            <MessageBarBody>{t("engineMainThread")}</MessageBarBody>
          </MessageBar>
        )}
        {state.mode === "browser" && (
          <React.Suspense fallback={<ProgressBar />}>
            <BrowserFile session={session} lang={lang} t={t} onHost={setFileHost} />
          </React.Suspense>
        )}
        {state.mode === "excel" && excelHost === null && <Body1>{t("noExcelHost")}</Body1>}
        {busy && (
          <div data-testid="busy" data-done={busy.done} data-total={busy.total}>
            <Body1 as="p" className={styles.flush} aria-live="polite">
              {t(BUSY_KEY[busy.what])}
              {busy.total > 0 ? ` ${t("progress", { done: busy.done, total: busy.total })}` : ""}
            </Body1>
            <ProgressBar
              value={busy.total > 0 ? busy.done / busy.total : undefined}
              bar={{ className: styles.stillBar }}
              data-testid="busy-bar"
            />
            <Button size="small" onClick={busy.cancel} data-testid="cancel-run">
              {t("cancelRun")}
            </Button>
          </div>
        )}
        {session.state.message && (
          <MessageBar
            intent={session.state.message.kind === "error" ? "error" : "info"}
            data-testid="message"
          >
            <MessageBarBody>{session.state.message.text}</MessageBarBody>
          </MessageBar>
        )}
        {session.state.settingsIssues && view !== "settings" && (
          <MessageBar intent="warning" data-testid="settings-corrupt-banner">
            <MessageBarBody>
              {t("settingsCorrupt")}{" "}
              {settingsIssueLines(session.state.settingsIssues, lang).join("; ")}
            </MessageBarBody>
          </MessageBar>
        )}
        <TabList
          selectedValue={view}
          onTabSelect={(_, d) => setView(d.value as View)}
          size="small"
          data-testid="tabs"
        >
          <Tab value="check" data-testid="tab-check">
            {t("tabCheck")}
          </Tab>
          <Tab value="score" data-testid="tab-score">
            {t("tabScore")}
          </Tab>
          <Tab value="manager" data-testid="tab-manager">
            {t("tabManager")}
          </Tab>
          <Tab value="settings" data-testid="tab-settings">
            {t("tabSettings")}
          </Tab>
          <Tab value="learn" data-testid="tab-learn">
            {t("tabLearn")}
          </Tab>
        </TabList>
        {view === "check" && <CheckView session={session} lang={lang} t={t} />}
        {view === "score" && (
          <ScoreView session={session} lang={lang} t={t} onOpenCheck={() => setView("check")} />
        )}
        {view === "manager" && <ManagerView session={session} lang={lang} t={t} />}
        {view === "settings" && <SettingsView session={session} lang={lang} t={t} />}
        {view === "learn" && <LearnView session={session} lang={lang} t={t} />}
      </main>
    </FluentProvider>
  );
}
