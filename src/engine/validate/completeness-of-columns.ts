import type { Template } from "../template/types";
import { completenessWeights } from "./completeness-weights";
// The codes from table.ts itself: record-columns re-exports them, which CommonJS turns into getters,
// a call per cell in the loops below.
import { FIXED, INVALID, OK } from "../table/table";
import type { RecordColumns } from "./record-columns";

/** Records scored together: their part sums fit in the processor's cache. */
const BLOCK = 4096;

/**
 * The completeness of every data record at once, from the status columns: the same figures as
 * completenessScorer (summed in the same order), without looking a field up in each record. A field
 * with no column fills nothing (domain.md §2), so only the fields with one are walked.
 */
export function completenessOfColumns(template: Template, columns: RecordColumns): Float64Array {
  const { names, fieldPart, fieldWeight, totals, counted, weightSum } =
    completenessWeights(template);
  const count = columns.size;
  const scores = new Float64Array(count);
  if (weightSum <= 0) return scores;
  const status: Uint8Array[] = [];
  const part: number[] = [];
  const weight: number[] = [];
  for (let k = 0; k < names.length; k++) {
    const codes = columns.status.get(names[k]);
    if (codes === undefined) continue;
    status.push(codes);
    part.push(fieldPart[k]);
    weight.push(fieldWeight[k]);
  }
  // A part none of whose fields has a column adds (w * 0) / total = +0 to every score, which leaves
  // it as it is: such parts are not walked.
  const walked = counted.filter(({ p }) => part.includes(p));
  // Field by field over a block of records: each status column is read in order, and the block's
  // sums (per part, per record) stay in cache. Each record's part sums still add its fields in
  // template order, so the figures are the same to the last bit.
  const filled = new Float64Array(totals.length * BLOCK);
  for (let from = 0; from < count; from += BLOCK) {
    const to = Math.min(count, from + BLOCK);
    filled.fill(0);
    for (let k = 0; k < status.length; k++) {
      const codes = status[k];
      const w = weight[k];
      const at = part[k] * BLOCK - from;
      for (let i = from; i < to; i++) {
        const code = codes[i];
        if (code === OK || code === FIXED || code === INVALID) filled[at + i] += w;
      }
    }
    // scores start at 0 and take the parts in order, as one record's running sum did.
    for (const { p, w } of walked) {
      const at = p * BLOCK - from;
      const total = totals[p];
      for (let i = from; i < to; i++) scores[i] += (w * filled[at + i]) / total;
    }
    for (let i = from; i < to; i++) scores[i] /= weightSum;
  }
  return scores;
}
