import type { Finding, FixValue } from "../engine/validate/finding";

/** A cell a proposed fix would write, and what it writes. */
export interface FixCell {
  address: string;
  value: FixValue;
  finding: Finding;
}

/**
 * The cells the proposed fixes would write: only findings with a fix and a cell (row and column), one
 * entry per address (the first finding at a cell wins, so a cell is never written twice).
 */
export function fixCells(findings: readonly Finding[]): FixCell[] {
  const seen = new Set<string>();
  const cells: FixCell[] = [];
  for (const f of findings) {
    if (f.fix === null || f.row === null || f.column === null) continue;
    const address = `${f.column}${f.row}`;
    if (seen.has(address)) continue;
    seen.add(address);
    cells.push({ address, value: f.fix, finding: f });
  }
  return cells;
}
