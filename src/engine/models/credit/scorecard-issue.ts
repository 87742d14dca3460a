import type { Localized } from "../../../i18n/lang";

/** A problem with a scorecard's definition; `path` points into the settings, e.g. "dimensions[0].weight". */
export interface ScorecardIssue {
  path: string;
  message: Localized;
}

/** Thrown when scoring is asked of a scorecard with issues; each issue keeps its own message. */
export class ScorecardError extends Error {
  readonly issues: ScorecardIssue[];

  constructor(issues: ScorecardIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message["en-US"]}`).join("; "));
    this.name = "ScorecardError";
    this.issues = issues;
  }
}
