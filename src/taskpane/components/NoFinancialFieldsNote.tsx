import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang, Localized } from "../../i18n/lang";

/**
 * Once above the summary when the sheet has no financial field: every grade is "insufficient", and
 * the scores on what there is would otherwise read as grades (issue 16). Nothing otherwise.
 */
export function NoFinancialFieldsNote({
  note,
  lang,
}: {
  /** The run's note (RunShown.noFinancialNote), null when the sheet has a financial field. */
  note: Localized | null;
  lang: Lang;
}): React.JSX.Element | null {
  if (note === null) return null;
  return (
    <MessageBar intent="info" data-testid="no-financial-fields">
      <MessageBarBody>{note[lang]}</MessageBarBody>
    </MessageBar>
  );
}
