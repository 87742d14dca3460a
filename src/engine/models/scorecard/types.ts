/**
 * The statistical scorecard's data (domain.md §5 "Statistical scorecard"), columnar: one typed
 * array per variable, one entry per row of the sheet's table.
 */

/** A numeric variable; NaN marks a missing value. */
export interface NumericVariable {
  name: string;
  kind: "numeric";
  values: Float64Array;
}

/** A text variable: codes index `levels`; -1 marks a missing value. */
export interface CategoricalVariable {
  name: string;
  kind: "categorical";
  codes: Int32Array;
  levels: string[];
}

export type ScorecardVariable = NumericVariable | CategoricalVariable;

/**
 * One bin with its counts. A numeric bin holds [lower, upper) (-Infinity / Infinity at the open
 * ends); a categorical bin holds its levels (indexes into the variable's levels), in bad-rate order.
 * The missing bin holds neither.
 */
export interface Bin {
  lower: number;
  upper: number;
  levels: number[];
  missing: boolean;
  goods: number;
  bads: number;
}

/** A bin once weighed: its WOE, and its share of the variable's IV. */
export interface WeighedBin extends Bin {
  woe: number;
  iv: number;
}
