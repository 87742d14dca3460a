import { fitLogistic } from "./logistic-irls";

export interface DroppedVariable {
  name: string;
  /** Its coefficient in the fit that dropped it (<= 0). */
  coefficient: number;
}

export type SignRuleFit =
  | {
      ok: true;
      intercept: number;
      /** The kept variables' coefficients, in the order given, all > 0. */
      coefficients: { name: string; coefficient: number }[];
      dropped: DroppedVariable[];
      converged: boolean;
    }
  | {
      ok: false;
      problem: "singular";
      /** The two variables (or "(intercept)" and one) that carry the same information. */
      variables: [string, string];
    };

/**
 * Logistic regression of bad on the WOE columns with the sign rule of domain.md §5: a WOE value
 * rises with the bad rate, so every coefficient must be > 0; while one is <= 0 (its sign
 * contradicts its WOE, usually collinearity), the variable with the most negative coefficient is
 * dropped (ties: the first) and the rest refitted.
 */
export function fitWithSignRule(
  names: readonly string[],
  columns: readonly Float64Array[],
  y: Uint8Array,
  rows: Int32Array
): SignRuleFit {
  let keep = names.map((_, i) => i);
  const dropped: DroppedVariable[] = [];
  for (;;) {
    const fit = fitLogistic(
      keep.map((i) => columns[i]),
      y,
      rows
    );
    if (!fit.ok) {
      const name = (c: number) => (c === 0 ? "(intercept)" : names[keep[c - 1]]);
      return {
        ok: false,
        problem: "singular",
        variables: [name(fit.columns[0]), name(fit.columns[1])],
      };
    }
    let worst = -1;
    for (let k = 0; k < keep.length; k++) {
      const b = fit.coefficients[k + 1];
      if (b <= 0 && (worst < 0 || b < fit.coefficients[worst + 1])) worst = k;
    }
    if (worst < 0) {
      return {
        ok: true,
        intercept: fit.coefficients[0],
        coefficients: keep.map((i, k) => ({
          name: names[i],
          coefficient: fit.coefficients[k + 1],
        })),
        dropped,
        converged: fit.converged,
      };
    }
    dropped.push({ name: names[keep[worst]], coefficient: fit.coefficients[worst + 1] });
    keep = keep.filter((_, k) => k !== worst);
  }
}
