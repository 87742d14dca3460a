import type { Day } from "../day";
import type { SnapshotRow } from "./snapshot";

export const TIERS = ["A", "B", "C"] as const;
export type Tier = (typeof TIERS)[number];

export interface Mover {
  customerId: string;
  name: string | null;
  from: Tier;
  to: Tier;
  direction: "up" | "down";
  valueBefore: number | null;
  valueNow: number | null;
  /** valueNow - valueBefore; null when either is missing. */
  valueChange: number | null;
  /**
   * "value" when the customer's own value changed; "cutoff" when it stayed the same to the cent and
   * only the tier boundaries moved around it (others grew or shrank), which calls for no action.
   */
  cause: "value" | "cutoff";
}

export interface Migration {
  previousDate: Day;
  currentDate: Day;
  /** counts[from][to] and value[from][to] (value now) over customers with a tier both times. */
  counts: Record<Tier, Record<Tier, number>>;
  value: Record<Tier, Record<Tier, number>>;
  /** Customers present both times. */
  customersBoth: number;
  /** Customers with a tier now and none in the earlier snapshot (new, or unranked then), by tier now. */
  entered: Record<Tier, number>;
  /** Customers with a tier in the earlier snapshot and none now (gone, or unranked now), by tier then. */
  left: Record<Tier, number>;
  movers: Mover[];
}

const RANK: Record<Tier, number> = { A: 0, B: 1, C: 2 };
const isTier = (t: string | null): t is Tier => t === "A" || t === "B" || t === "C";
const grid = () => ({ A: { A: 0, B: 0, C: 0 }, B: { A: 0, B: 0, C: 0 }, C: { A: 0, B: 0, C: 0 } });

/** Below half a cent two values are the same amount of money. */
const SAME_VALUE = 0.005;

function changeOf(before: number | null, now: number | null): Pick<Mover, "valueChange" | "cause"> {
  if (before === null || now === null) return { valueChange: null, cause: "value" };
  const change = now - before;
  return { valueChange: change, cause: Math.abs(change) < SAME_VALUE ? "cutoff" : "value" };
}

/** Largest absolute value change first (what a manager acts on); unknown changes last; ids break ties. */
export function byImpact(a: Mover, b: Mover): number {
  const size = (m: Mover) => (m.valueChange === null ? -1 : Math.abs(m.valueChange));
  return (
    size(b) - size(a) || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0)
  );
}

/**
 * Who moved between ABC tiers from the latest earlier snapshot to the newest (domain.md §6): the
 * matrix of counts and value, and each customer who moved up or down, by impact, with whether their
 * value changed or only the cut-offs moved. Null before the second snapshot.
 */
export function migration(history: readonly SnapshotRow[]): Migration | null {
  const dates = [...new Set(history.map((r) => r.date))].sort((a, b) => a - b);
  if (dates.length < 2) return null;
  const [previousDate, currentDate] = dates.slice(-2);
  const before = new Map(
    history.filter((r) => r.date === previousDate).map((r) => [r.customerId, r])
  );
  const counts = grid();
  const value = grid();
  const movers: Mover[] = [];
  let customersBoth = 0;
  const entered = { A: 0, B: 0, C: 0 };
  const left = { A: 0, B: 0, C: 0 };
  const tieredNow = new Set<string>();
  for (const now of history) {
    if (now.date !== currentDate) continue;
    const then = before.get(now.customerId);
    if (isTier(now.abc)) {
      tieredNow.add(now.customerId);
      if (!then || !isTier(then.abc)) entered[now.abc]++;
    }
    if (!then || !isTier(then.abc) || !isTier(now.abc)) continue;
    customersBoth++;
    counts[then.abc][now.abc]++;
    value[then.abc][now.abc] += now.value ?? 0;
    if (then.abc !== now.abc) {
      movers.push({
        customerId: now.customerId,
        name: now.name,
        from: then.abc,
        to: now.abc,
        direction: RANK[now.abc] < RANK[then.abc] ? "up" : "down",
        valueBefore: then.value,
        valueNow: now.value,
        ...changeOf(then.value, now.value),
      });
    }
  }
  for (const [id, then] of before) if (isTier(then.abc) && !tieredNow.has(id)) left[then.abc]++;
  movers.sort(byImpact);
  return { previousDate, currentDate, counts, value, customersBoth, entered, left, movers };
}
