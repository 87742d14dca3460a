import type { Localized } from "../../../i18n/lang";

/** Why a comparison matrix or a set of expert rankings cannot give weights. */
export class WeightingError extends Error {
  readonly code: string;
  readonly localized: Localized;

  constructor(code: string, localized: Localized) {
    super(localized["en-US"]);
    this.name = "WeightingError";
    this.code = code;
    this.localized = localized;
  }
}
