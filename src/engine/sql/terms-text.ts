import type { CreditTerms } from "../models/credit/credit-settings";

/** Terms as `score --json` writes them: "90 days", "COD", "prepayment". */
export function termsText(terms: CreditTerms): string {
  return typeof terms === "number" ? `${terms} days` : terms;
}
