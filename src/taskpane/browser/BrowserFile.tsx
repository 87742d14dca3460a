import { recordedAsOf } from "../../app/recorded-as-of";
import * as React from "react";
import { Button, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { abortError, isAbort } from "../../app/read-workbook";
import { FileHost } from "../../hosts/file/file-host";
import { applyPlanToXlsx } from "../../hosts/file/plan/apply-plan";
import type { Lang } from "../../i18n/lang";
import { buildPreview, PREVIEW_ROWS } from "../model/preview";
import { PreviewTable } from "./PreviewTable";
import { readBytes } from "./read-bytes";
import { resultFile } from "../../app/result-download";
import { downloadBlob } from "../components/download";
import type { SessionApi } from "../components/session";
import { errorText, type Translate } from "../components/usePaneText";

/** A file being opened: bytes read of its size, and how to stop. */
interface Opening {
  done: number;
  total: number;
  cancel: () => void;
}

const kb = (bytes: number): string => Math.ceil(bytes / 1024).toLocaleString();

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// This module is loaded with import() in browser mode only: it brings FileHost and ExcelJS, which
// land in a chunk of their own and never weigh on the pane inside Excel.

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  scroll: {
    maxHeight: "240px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, whiteSpace: "nowrap" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 4px",
    cursor: "pointer",
    maxWidth: "12em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  // Column letters stick to the top, row numbers to the left, the corner to both; each over the cells
  // it passes (opaque, above them), so neither ever covers or mixes with cell text.
  colHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    position: "sticky",
    top: 0,
    zIndex: 2,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    position: "sticky",
    left: 0,
    zIndex: 1,
  },
  corner: {
    backgroundColor: tokens.colorNeutralBackground3,
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
  },
  error: { backgroundColor: "#FFC7CE" },
  warning: { backgroundColor: "#FFEB9C" },
  info: { backgroundColor: "#DDEBF7" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** Browser mode: open a file into a FileHost, preview its first rows with problems marked, download the result. */
export default function BrowserFile({
  session,
  lang,
  t,
  onHost,
}: {
  session: SessionApi;
  lang: Lang;
  t: Translate;
  onHost: (host: FileHost) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { state, set } = session;
  const host = state.host instanceof FileHost ? state.host : null;
  const [selected, setSelected] = React.useState<string | null>(null);
  const [opening, setOpening] = React.useState<Opening | null>(null);
  const inputRef = React.useRef<HTMLInputElement>(null);

  const open = async (file: File): Promise<void> => {
    const controller = new AbortController();
    setOpening({ done: 0, total: file.size, cancel: () => controller.abort() });
    try {
      const bytes = await readBytes(
        file.stream(),
        file.size,
        (done, total) => setOpening((o) => o && { ...o, done, total }),
        controller.signal
      );
      const opened = await FileHost.open(bytes, file.name, { applyPlanToXlsx });
      // Cancelled while the workbook was being read: the file is dropped, the pane stays as it was.
      if (controller.signal.aborted) throw abortError();
      onHost(opened);
      const sheets = opened.workbook().sheets.length;
      // A sample scores as of the date it was made for, unless the user picks another in Score.
      const asOf = recordedAsOf(bytes, file.name);
      set({
        ...(asOf !== null && { asOf }),
        message: {
          kind: "info",
          text:
            asOf === null
              ? t("fileOpened", { name: file.name, sheets })
              : t("fileOpenedAsOf", { name: file.name, sheets, asOf }),
        },
      });
    } catch (error) {
      set({
        message: isAbort(error)
          ? { kind: "info", text: t("openCancelled", { name: file.name }) }
          : { kind: "error", text: t("error", { message: errorText(error, lang) }) },
      });
    } finally {
      setOpening(null);
    }
  };
  const download = (): void => {
    if (host === null) return;
    const unwritten = state.run !== null && !state.runWritten ? state.run : null;
    void session.work("write", async (_w, options) => {
      const file = await resultFile(host, unwritten && (await unwritten.full()), lang, options);
      if (file.wroteResults) {
        set({ runWritten: true });
        await session.reload();
      }
      downloadBlob(file.bytes, file.name, XLSX_TYPE);
      set({
        message: {
          kind: "info",
          text: t(file.wroteResults ? "downloadedWithResults" : "downloaded", { name: file.name }),
        },
      });
    });
  };
  React.useEffect(() => {
    if (host) host.onSelect = (_sheet, address) => setSelected(address);
  }, [host]);

  const sheetName = state.check?.report.sheet ?? host?.workbook().sheets[0]?.name;
  const sheet = host?.workbook().sheets.find((s) => s.name === sheetName);
  const preview = React.useMemo(
    () =>
      sheet
        ? buildPreview(
            sheet,
            state.check?.report.sheet === sheet.name ? state.check.report.findings : []
          )
        : null,
    [sheet, state.check]
  );
  const highlights = host?.currentHighlights();
  const highlighted = React.useMemo(() => {
    const marks = new Map<string, string>();
    for (const h of highlights ?? [])
      if (h.sheet === sheetName) for (const c of h.cells) marks.set(c, h.severity);
    return marks;
  }, [highlights, sheetName]);
  const sheetShown = sheet?.name;
  const onSelectCell = React.useCallback(
    (address: string) => {
      if (sheetShown !== undefined) void host?.selectCell(sheetShown, address);
    },
    [host, sheetShown]
  );

  return (
    <div className={styles.col} data-testid="browser-file">
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => inputRef.current?.click()}
          disabled={opening !== null || state.busy !== null}
        >
          {opening ? t("opening") : t("openFile")}
        </Button>
        <input
          ref={inputRef}
          type="file"
          accept=".xlsx,.xlsm,.csv,.tsv,.txt"
          hidden
          data-testid="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(file);
            e.target.value = "";
          }}
        />
        {host && (
          <Button onClick={download} disabled={state.busy !== null} data-testid="download">
            {state.run !== null && !state.runWritten ? t("downloadWithResults") : t("download")}
          </Button>
        )}
      </div>
      {opening && (
        <div data-testid="opening" data-done={opening.done} data-total={opening.total}>
          <div className={styles.hint}>
            {t("opening")} {t("progressKb", { done: kb(opening.done), total: kb(opening.total) })}
          </div>
          <ProgressBar value={opening.total > 0 ? opening.done / opening.total : undefined} />
          <Button size="small" onClick={opening.cancel} data-testid="cancel-open">
            {t("cancelRun")}
          </Button>
        </div>
      )}
      {!host && <div className={styles.hint}>{t("openFileHint")}</div>}
      {preview && sheet && (
        <div>
          <div className={styles.hint}>
            {sheet.name} · {t("previewTitle", { rows: PREVIEW_ROWS })}
            {preview.more > 0 ? ` · ${t("previewMore", { count: preview.more })}` : ""}
          </div>
          <PreviewTable
            preview={preview}
            highlighted={highlighted}
            selected={selected}
            onSelect={onSelectCell}
            styles={styles}
          />
        </div>
      )}
    </div>
  );
}
