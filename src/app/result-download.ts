import type { ScoreRun } from "../engine/score-workbook";
import type { HostRunOptions, WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/lang";
import { writeResults } from "./write-results";

/** A host whose workbook can be handed to the user as a file (browser mode's FileHost). */
export interface DownloadableHost extends WorkbookHost {
  resultBytes(): Promise<Uint8Array>;
  resultName(): string;
}

/** The file to download, and whether this step wrote the run's results into it. */
export interface ResultFile {
  bytes: Uint8Array;
  name: string;
  wroteResults: boolean;
}

/**
 * The workbook as the user sees it: a run scored but not yet written is written first (history
 * kept), so "Download" after "Score" never hands over the unchanged file.
 */
export async function resultFile(
  host: DownloadableHost,
  unwritten: ScoreRun | null,
  lang: Lang,
  options: HostRunOptions = {}
): Promise<ResultFile> {
  if (unwritten !== null) await writeResults(host, unwritten, lang, options);
  return {
    bytes: await host.resultBytes(),
    name: host.resultName(),
    wroteResults: unwritten !== null,
  };
}
