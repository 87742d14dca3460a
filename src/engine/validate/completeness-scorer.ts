import type { ReadCell } from "../table/table";
import type { Template } from "../template/types";
import { completenessWeights } from "./completeness-weights";

/** One record's cells by field (as a view shows them); only their status counts here. */
export interface RecordCells {
  cells: Record<string, Pick<ReadCell, "status">>;
}

/**
 * completeness() for many records of one template: the parts, their weights and totals are worked
 * out once, so that scoring a record only adds up the weights of the fields it fills. Gives exactly
 * the same figures as completeness(), summing in the same order.
 */
export function completenessScorer(template: Template): (record: RecordCells) => number {
  const { names, fieldPart, fieldWeight, totals, counted, weightSum } =
    completenessWeights(template);
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
