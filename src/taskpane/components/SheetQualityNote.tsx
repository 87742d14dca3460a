import * as React from "react";
import { Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { SheetQuality } from "../model/score-summary";
import type { Translate } from "./usePaneText";

/**
 * The sheet's problems above the score summary, so a scored table never looks cleaner than it is:
 * errors, warnings, duplicates and rows left out, with a link to the Check view that lists them.
 */
export function SheetQualityNote({
  quality,
  t,
  onOpenCheck,
}: {
  quality: SheetQuality;
  t: Translate;
  onOpenCheck: () => void;
}): React.JSX.Element {
  const clean = quality.errors === 0 && quality.warnings === 0 && quality.leftOut === 0;
  return (
    <MessageBar
      intent={quality.errors > 0 || quality.leftOut > 0 ? "warning" : "info"}
      data-testid="score-quality"
      data-errors={quality.errors}
      data-left-out={quality.leftOut}
    >
      <MessageBarBody>
        {clean ? t("scoreQualityClean") : t("scoreQuality", { ...quality })}{" "}
        {!clean && (
          <Link as="button" onClick={onOpenCheck} data-testid="open-check">
            {t("openCheck")}
          </Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
