import type { TableRecord } from "../table/table";
import type { ArchivePart, Template } from "../template/types";
import { DEFAULT_PART_WEIGHTS } from "./default-part-weights";

/**
 * completeness() for many records of one template: the parts, their weights and totals are worked
 * out once, so that scoring a record only adds up the weights of the fields it fills. Gives exactly
 * the same figures as completeness(), summing in the same order.
 */
export function completenessScorer(template: Template): (record: TableRecord) => number {
  const partWeights = { ...DEFAULT_PART_WEIGHTS, ...template.partWeights };
  const partIndex = new Map<ArchivePart, number>();
  const totals: number[] = [];
  const fieldPart: number[] = [];
  const fieldWeight: number[] = [];
  const names: string[] = [];
  for (const field of template.fields) {
    const part = field.part ?? "basic";
    const weight = field.weight ?? 1;
    let p = partIndex.get(part);
    if (p === undefined) {
      p = totals.length;
      partIndex.set(part, p);
      totals.push(0);
    }
    totals[p] += weight;
    names.push(field.name);
    fieldPart.push(p);
    fieldWeight.push(weight);
  }
  // The parts that count, in the order they first appear, with their weight.
  const counted: { p: number; w: number }[] = [];
  let weightSum = 0;
  for (const [part, p] of partIndex) {
    const w = partWeights[part] ?? 0;
    if (totals[p] <= 0 || w <= 0) continue;
    counted.push({ p, w });
    weightSum += w;
  }
  const filled = new Float64Array(totals.length);
  return (record) => {
    if (weightSum <= 0) return 0;
    filled.fill(0);
    for (let k = 0; k < names.length; k++) {
      const status = record.cells[names[k]]?.status;
      if (status === "ok" || status === "fixed" || status === "invalid")
        filled[fieldPart[k]] += fieldWeight[k];
    }
    let score = 0;
    for (const { p, w } of counted) score += (w * filled[p]) / totals[p];
    return score / weightSum;
  };
}
