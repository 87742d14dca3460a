import type { Localized } from "../../../i18n/lang";

export type PlanApplyErrorCode = "unsupported-parts" | "invalid-plan" | "cannot-tell-own-sheets";

/**
 * A plan that cannot be applied to a workbook: the workbook holds parts the output would lose
 * (and force was not given), the plan contradicts itself, or sheets look like the add-in's but
 * cannot be confirmed (own/recognise-sheets.ts). Nothing has been written when it is
 * thrown. Faces print `messages[lang]`.
 */
export class PlanApplyError extends Error {
  readonly code: PlanApplyErrorCode;
  readonly messages: Localized;

  constructor(code: PlanApplyErrorCode, messages: Localized) {
    super(messages["en-US"]);
    this.name = "PlanApplyError";
    this.code = code;
    this.messages = messages;
  }
}

/** True for a PlanApplyError, also across module copies (bundles) where instanceof fails. */
export function isPlanApplyError(error: unknown): error is PlanApplyError {
  return (
    error instanceof PlanApplyError ||
    (error instanceof Error && error.name === "PlanApplyError" && "messages" in error)
  );
}

/** An invalid-plan error: the plan builder's mistake, named in both languages. */
export function invalidPlan(messages: Localized): PlanApplyError {
  return new PlanApplyError("invalid-plan", {
    "zh-CN": `输出计划有误，未写入任何内容：${messages["zh-CN"]}`,
    "en-US": `The output plan is invalid; nothing was written: ${messages["en-US"]}`,
  });
}
