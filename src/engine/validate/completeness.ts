import type { TableRecord } from "../table/table";
import type { ArchivePart, Template } from "../template/types";

/** Completeness weight of each archive part (domain.md §2). */
export const DEFAULT_PART_WEIGHTS: Readonly<Record<ArchivePart, number>> = {
  basic: 40,
  credit: 30,
  transactions: 20,
  returns: 10,
};

/**
 * A record's completeness (档案完整度), a share from 0 to 1: inside each part, the weighted share of
 * the template's fields the record fills (fields weigh 1 unless weighted); the parts are then weighted
 * (template.partWeights over the defaults) and renormalised over the parts the template has. A field
 * with no part is basic. A cell fills its field when it holds anything but an Excel error, readable or
 * not (domain.md §8); a field with no column is not filled.
 */
export function completeness(record: TableRecord, template: Template): number {
  const partWeights = { ...DEFAULT_PART_WEIGHTS, ...template.partWeights };
  const parts = new Map<ArchivePart, { total: number; filled: number }>();
  for (const field of template.fields) {
    const part = field.part ?? "basic";
    const weight = field.weight ?? 1;
    const acc = parts.get(part) ?? { total: 0, filled: 0 };
    acc.total += weight;
    const status = record.cells[field.name]?.status;
    if (status === "ok" || status === "fixed" || status === "invalid") acc.filled += weight;
    parts.set(part, acc);
  }
  let weightSum = 0;
  let score = 0;
  for (const [part, acc] of parts) {
    const w = partWeights[part] ?? 0;
    if (acc.total <= 0 || w <= 0) continue;
    weightSum += w;
    score += (w * acc.filled) / acc.total;
  }
  return weightSum > 0 ? score / weightSum : 0;
}
