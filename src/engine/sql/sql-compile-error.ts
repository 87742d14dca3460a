import type { Localized } from "../../i18n/lang";

/** Settings the compiler cannot turn into SQL; the message names what and where, in both languages. */
export class SqlCompileError extends Error {
  constructor(readonly messages: Localized) {
    super(messages["en-US"]);
    this.name = "SqlCompileError";
  }
}
