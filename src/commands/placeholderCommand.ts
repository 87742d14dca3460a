/** The event Office passes to a function command; it must be completed, or Excel shows a spinner. */
export interface CommandEvent {
  completed(): void;
}

/** The part of Office.addin a placeholder command may use. */
export interface AddinLike {
  showAsTaskpane?: () => Promise<void>;
}

/**
 * What a ribbon command does until the engine is wired in: it opens the task pane where Office
 * allows it (Office.addin.showAsTaskpane exists only with a shared runtime; without one it is absent
 * or rejects, and the command then does nothing) and always completes the event. It never touches
 * the workbook.
 */
export async function placeholderCommand(
  addin: AddinLike | undefined,
  event: CommandEvent
): Promise<void> {
  try {
    if (addin && typeof addin.showAsTaskpane === "function") await addin.showAsTaskpane();
  } catch {
    // No shared runtime: the pane stays closed; the ribbon's "Open TierSheet" button still opens it.
  } finally {
    event.completed();
  }
}
