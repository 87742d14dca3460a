import type { Localized } from "../../../../i18n/lang";

export type ExpressionErrorCode =
  | "unexpected-character"
  | "unexpected-token"
  | "unexpected-end"
  | "unknown-function"
  | "wrong-arity"
  | "bad-number"
  | "too-long";

/**
 * A parse error in an indicator expression. `position` counts characters from 1, as a manager
 * reading "unexpected ')' at 7" would count them; `message` (the Error's) is the en-US text.
 */
export class ExpressionError extends Error {
  readonly code: ExpressionErrorCode;
  readonly position: number;
  readonly localized: Localized;

  constructor(code: ExpressionErrorCode, position: number, localized: Localized) {
    super(localized["en-US"]);
    this.name = "ExpressionError";
    this.code = code;
    this.position = position;
    this.localized = localized;
  }
}
