import type { Template } from "../template/types";
import { completenessScorer, type RecordCells } from "./completeness-scorer";

export { DEFAULT_PART_WEIGHTS } from "./default-part-weights";

/**
 * A record's completeness (档案完整度), a share from 0 to 1: inside each part, the weighted share of
 * the template's fields the record fills (fields weigh 1 unless weighted); the parts are then weighted
 * (template.partWeights over the defaults) and renormalised over the parts the template has. A field
 * with no part is basic. A cell fills its field when it holds anything but an Excel error, readable or
 * not (domain.md §8); a field with no column is not filled. For many records, use completenessScorer.
 */
export function completeness(record: RecordCells, template: Template): number {
  return completenessScorer(template)(record);
}
