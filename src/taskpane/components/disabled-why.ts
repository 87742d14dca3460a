import type { PaneSession } from "./session";
import type { Translate } from "./usePaneText";

/** Why a button that needs the workbook is greyed out, for its tooltip; undefined when it is not. */
export function disabledWhy(
  state: Pick<PaneSession, "busy" | "host">,
  t: Translate
): string | undefined {
  if (state.host === null) return t("noWorkbook");
  if (state.busy !== null) return t("busyWait");
  return undefined;
}
