import type { Finding, FindingCode } from "../../engine/validate/finding";

/**
 * One finding's sentence: the finding, its field's title in the message's language (or a column
 * name when it has no field), and a lookup for other fields' titles (cross-field rules).
 */
export type FindingMessage = (
  finding: Finding,
  fieldTitle: string,
  titleOf: (field: string) => string
) => string;

export type FindingMessages = Readonly<Record<FindingCode, FindingMessage>>;

/** A param as text ("" when absent). */
export function param(finding: Finding, key: string): string {
  const v = finding.params[key];
  return v === undefined || v === null ? "" : String(v);
}
