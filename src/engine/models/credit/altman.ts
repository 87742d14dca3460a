import type { Customer } from "../customer";
import { altmanZone } from "./altman-zone";
import type { AltmanZone } from "./altman-zone";
import type { AltmanSettings } from "./credit-settings";

export interface AltmanResult {
  z: number;
  x1: number;
  x2: number;
  x3: number;
  x4: number;
  zone: AltmanZone;
}

/**
 * Altman Z'' for non-manufacturing private firms (domain.md §5):
 * X1 = (current assets - current liabilities) / total assets, X2 = retained earnings / total assets,
 * X3 = EBIT / total assets, X4 = (total assets - total liabilities) / total liabilities.
 * Null when an input is missing or total assets or total liabilities is zero (§8).
 */
export function altmanZ(customer: Customer, settings: AltmanSettings): AltmanResult | null {
  const {
    total_assets: ta,
    total_liabilities: tl,
    current_assets: ca,
    current_liabilities: cl,
    retained_earnings: re,
    ebit,
  } = customer;
  if (ta === null || tl === null || ca === null || cl === null || re === null || ebit === null)
    return null;
  if (ta === 0 || tl === 0) return null;
  const x1 = (ca - cl) / ta;
  const x2 = re / ta;
  const x3 = ebit / ta;
  const x4 = (ta - tl) / tl;
  const c = settings.coefficients;
  const z = c.x1 * x1 + c.x2 * x2 + c.x3 * x3 + c.x4 * x4;
  return { z, x1, x2, x3, x4, zone: altmanZone(z, settings) };
}
