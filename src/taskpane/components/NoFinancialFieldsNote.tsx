import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { noFinancialFieldsNote } from "../../engine/explain/credit/credit-notes";
import type { ScoreRun } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";

/**
 * Once above the summary when the sheet has no financial field: every grade is "insufficient", and
 * the scores on what there is would otherwise read as grades (issue 16). Nothing otherwise.
 */
export function NoFinancialFieldsNote({
  run,
  lang,
}: {
  run: ScoreRun;
  lang: Lang;
}): React.JSX.Element | null {
  const note = noFinancialFieldsNote(run, lang);
  if (note === null) return null;
  return (
    <MessageBar intent="info" data-testid="no-financial-fields">
      <MessageBarBody>{note}</MessageBarBody>
    </MessageBar>
  );
}
