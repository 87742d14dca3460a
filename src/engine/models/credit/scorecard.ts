import type { Day } from "../../day";
import type { Customer } from "../customer";
import type { CreditResult } from "./credit-result";
import type { CreditSettings } from "./credit-settings";
import { prepareScorecard, type PreparedScorecard } from "./prepare-scorecard";

/** Preparing is per settings object, not per customer: a sheet of 1,000,000 rows prepares once. */
const prepared = new WeakMap<CreditSettings, PreparedScorecard>();

/**
 * Scores one customer's credit on the settings' scorecard, as prepareScorecard(settings).score
 * does (domain.md §5, §8), preparing the scorecard on the first call for a settings object and
 * reusing it for every later call with the same object. Throws ScorecardError when the settings'
 * scorecard is invalid.
 */
export function scoreCredit(customer: Customer, asOf: Day, settings: CreditSettings): CreditResult {
  return preparedScorecard(settings).score(customer, asOf);
}

/** The settings' scorecard, prepared on the first call for a settings object and kept for it. */
export function preparedScorecard(settings: CreditSettings): PreparedScorecard {
  let scorecard = prepared.get(settings);
  if (!scorecard) {
    scorecard = prepareScorecard(settings);
    prepared.set(settings, scorecard);
  }
  return scorecard;
}
