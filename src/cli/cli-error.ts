import type { Localized } from "../i18n/lang";

/** A failure the user can act on: printed in their language, exit code 2, never a stack trace. */
export class CliError extends Error {
  constructor(
    readonly messages: Localized,
    readonly exitCode = 2
  ) {
    super(messages["en-US"]);
  }
}
