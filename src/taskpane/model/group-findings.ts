import type { Finding, FindingCode, Severity } from "../../engine/validate/finding";

/** The findings of one code, as the Check view lists them. */
export interface FindingGroup {
  code: FindingCode;
  /** The worst severity among the group's findings. */
  severity: Severity;
  count: number;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings grouped by code, worst severity first, then the larger group, then by code; inside a group
 * the findings keep the report's order (by row, then column).
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<FindingCode, FindingGroup>();
  for (const f of findings) {
    const g = groups.get(f.code);
    if (g === undefined) {
      groups.set(f.code, { code: f.code, severity: f.severity, count: 1, findings: [f] });
    } else {
      g.count++;
      g.findings.push(f);
      if (RANK[f.severity] < RANK[g.severity]) g.severity = f.severity;
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      b.count - a.count ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
