import { plainNumber } from "./plain-number";

/** A share as a percent with at most one decimal: 0.8 -> "80%", 0.8123 -> "81.2%". */
export function percent(share: number): string {
  return `${plainNumber(share * 100, 1)}%`;
}
