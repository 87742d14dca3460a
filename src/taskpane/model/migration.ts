import type { AbcClass } from "../../engine/models/tiers/abc";

/** A customer's ABC class at one refresh, by customer id (null = unranked). */
export type TierSnapshot = ReadonlyMap<string, AbcClass | null>;

/** Who moved between two refreshes, and how many for each (before, now) pair. */
export interface Migration {
  /** counts[before][now]; "new" = not in the earlier snapshot, "gone" = not in the later one. */
  counts: Record<AbcClass | "new", Record<AbcClass | "gone", number>>;
  /** Customers whose class changed (new and gone ones excluded), up (towards A) first, then by id. */
  movers: { customerId: string; before: AbcClass; now: AbcClass; direction: "up" | "down" }[];
}

const ORDER: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };

/** The migration matrix (tier last time x tier now) of two refreshes, and the movers (domain.md §6). */
export function migration(before: TierSnapshot, now: TierSnapshot): Migration {
  const row = (): Record<AbcClass | "gone", number> => ({ A: 0, B: 0, C: 0, gone: 0 });
  const counts = { A: row(), B: row(), C: row(), new: row() };
  const movers: Migration["movers"] = [];
  for (const [id, cls] of now) {
    if (cls === null) continue;
    const was = before.get(id) ?? null;
    if (was === null) {
      counts.new[cls]++;
      continue;
    }
    counts[was][cls]++;
    if (was !== cls) {
      movers.push({
        customerId: id,
        before: was,
        now: cls,
        direction: ORDER[cls] < ORDER[was] ? "up" : "down",
      });
    }
  }
  for (const [id, was] of before) {
    if (was !== null && (now.get(id) ?? null) === null) counts[was].gone++;
  }
  movers.sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === "up" ? -1 : 1) ||
      (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0)
  );
  return { counts, movers };
}
