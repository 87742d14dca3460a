import type { CreditTerms } from "../../engine/models/credit/credit-settings";

/** Terms as text: "90 days", "COD", "prepayment". */
export function termsText(terms: CreditTerms | null): string | null {
  return terms === null ? null : typeof terms === "number" ? `${terms} days` : terms;
}
