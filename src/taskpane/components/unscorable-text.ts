import type { Unscorable } from "../../app/score";
import { formatFinding } from "../../i18n/findings/format-finding";
import type { Lang } from "../../i18n/lang";
import type { Translate } from "./usePaneText";

/** Why there is nothing to score, in words a user can act on. */
export function unscorableText(reason: Unscorable, lang: Lang, t: Translate): string {
  if (reason.unscorable === "no-sheet") return t("unscorableNoSheet");
  return t("unscorableNoHeader", { finding: formatFinding(reason.finding, lang, reason.template) });
}
