import { isEmptyCell, type CellValue } from "../../table/cell";
import { cellText } from "../../table/cell-text";

const BAD = new Set(["1", "bad", "坏", "default", "违约"]);
const GOOD = new Set(["0", "good", "好"]);

/**
 * An outcome cell (domain.md §5: 0/1, good/bad, 好/坏; bad = default = 1): 1 bad, 0 good,
 * -1 empty (no outcome yet: the row is scored, not fitted on), null for anything else.
 */
export function readTarget(raw: CellValue | undefined): 1 | 0 | -1 | null {
  if (raw === undefined || isEmptyCell(raw)) return -1;
  const text = cellText(raw).trim().toLowerCase();
  if (BAD.has(text)) return 1;
  if (GOOD.has(text)) return 0;
  return null;
}
