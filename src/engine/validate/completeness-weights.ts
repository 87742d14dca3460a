import type { ArchivePart, Template } from "../template/types";
import { DEFAULT_PART_WEIGHTS } from "./default-part-weights";

/** What completeness needs of a template, worked out once: per field its part and weight, per part its total. */
export interface CompletenessWeights {
  /** The template's field ids, in template order. */
  names: string[];
  /** Per field (same order), the index of its part in `totals`. */
  fieldPart: number[];
  /** Per field, its weight inside its part. */
  fieldWeight: number[];
  /** Per part (in the order parts first appear), the sum of its fields' weights. */
  totals: number[];
  /** The parts that count (total and part weight above 0), in order, with their part weight. */
  counted: { p: number; w: number }[];
  /** The sum of the counted parts' weights; 0 gives every record 0. */
  weightSum: number;
}

/**
 * The weights of completeness (domain.md §2): fields weigh 1 unless weighted, a field with no part is
 * basic, parts weigh template.partWeights over the defaults.
 */
export function completenessWeights(template: Template): CompletenessWeights {
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
  const counted: { p: number; w: number }[] = [];
  let weightSum = 0;
  for (const [part, p] of partIndex) {
    const w = partWeights[part] ?? 0;
    if (totals[p] <= 0 || w <= 0) continue;
    counted.push({ p, w });
    weightSum += w;
  }
  return { names, fieldPart, fieldWeight, totals, counted, weightSum };
}
