import type { WorkbookPlan } from "../engine/plan/workbook-plan";
import type { RefreshHost } from "../app/refresh";
import { workbookSource } from "../app/workbook-source";
import type { LoadedWorkbook } from "./load-table";
import { scoredWorkbookBytes } from "./write-scored";

/**
 * The CLI's side of the refresh use case: the sheets read from the file, and, once the plan is
 * applied, the scored workbook's bytes for the CLI to put in place (the file itself is untouched).
 */
export class ScoredTarget implements RefreshHost {
  private bytes: Uint8Array | null = null;
  readonly listSheets: RefreshHost["listSheets"];
  readonly readSheet: RefreshHost["readSheet"];

  constructor(
    private readonly loaded: LoadedWorkbook,
    private readonly force: boolean
  ) {
    const source = workbookSource(loaded.workbook);
    this.listSheets = source.listSheets;
    this.readSheet = source.readSheet;
  }

  /** The scored workbook's bytes; only after the use case applied its plan. */
  scoredBytes(): Uint8Array {
    if (this.bytes === null) throw new Error("ScoredTarget: no plan was applied");
    return this.bytes;
  }

  async applyPlan(plan: WorkbookPlan): Promise<void> {
    this.bytes = await scoredWorkbookBytes(
      { input: this.loaded.bytes, plan, fileName: this.loaded.fileName },
      this.force
    );
  }
}
