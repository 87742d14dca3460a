import type { Finding, FindingCode, FixValue, Severity } from "./finding";
import { SEVERITY } from "./severity";

/** Where a finding sits: the sheet row, the column letter and the template field, each possibly null. */
export interface FindingPlace {
  row: number | null;
  column: string | null;
  field: string | null;
}

/** A finding with the code's severity from severity.ts unless one is given. */
export function makeFinding(
  code: FindingCode,
  place: FindingPlace,
  params: Finding["params"] = {},
  fix: FixValue | null = null,
  severity: Severity = SEVERITY[code]
): Finding {
  return { row: place.row, column: place.column, field: place.field, code, severity, params, fix };
}
