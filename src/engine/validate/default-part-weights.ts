import type { ArchivePart } from "../template/types";

/** Completeness weight of each archive part (domain.md §2). */
export const DEFAULT_PART_WEIGHTS: Readonly<Record<ArchivePart, number>> = {
  basic: 40,
  credit: 30,
  transactions: 20,
  returns: 10,
};
