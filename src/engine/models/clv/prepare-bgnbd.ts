import type { PurchaseSummary } from "./clv-types";

/**
 * A summary folded for the likelihood: customers with the same (x, t_x, T) become one row with a
 * weight, and t_x and T become indexes into their distinct values, so that an evaluation takes one
 * logarithm per distinct time instead of two per customer (CDNOW_master in days: 23,570 customers,
 * 11,104 distinct histories, 84 distinct T, 545 distinct t_x). The fit evaluates it ~600 times.
 */
export interface PreparedBgnbd {
  /** Repeat purchases of each row (whole numbers). */
  x: Int32Array;
  /** How many customers share the row. */
  weight: Float64Array;
  /** Index of the row's T in Ts, and of its t_x in txs. */
  tIndex: Int32Array;
  txIndex: Int32Array;
  Ts: Float64Array;
  txs: Float64Array;
  maxX: number;
  /** Customers in all (the sum of the weights). */
  customers: number;
}

export function prepareBgnbd(summary: Pick<PurchaseSummary, "x" | "tx" | "T">): PreparedBgnbd {
  const rows = new Map<string, number>();
  const Ts = new Map<number, number>();
  const txs = new Map<number, number>();
  const x: number[] = [];
  const weight: number[] = [];
  const tIndex: number[] = [];
  const txIndex: number[] = [];
  let maxX = 0;
  const indexOf = (values: Map<number, number>, v: number) => {
    let i = values.get(v);
    if (i === undefined) values.set(v, (i = values.size));
    return i;
  };
  for (let i = 0; i < summary.x.length; i++) {
    const xi = summary.x[i];
    const tx = xi === 0 ? 0 : summary.tx[i];
    const key = `${xi} ${tx} ${summary.T[i]}`;
    const row = rows.get(key);
    if (row !== undefined) {
      weight[row]++;
      continue;
    }
    rows.set(key, x.length);
    x.push(xi);
    weight.push(1);
    tIndex.push(indexOf(Ts, summary.T[i]));
    txIndex.push(indexOf(txs, tx));
    if (xi > maxX) maxX = xi;
  }
  return {
    x: Int32Array.from(x),
    weight: Float64Array.from(weight),
    tIndex: Int32Array.from(tIndex),
    txIndex: Int32Array.from(txIndex),
    Ts: Float64Array.from(Ts.keys()),
    txs: Float64Array.from(txs.keys()),
    maxX,
    customers: summary.x.length,
  };
}
