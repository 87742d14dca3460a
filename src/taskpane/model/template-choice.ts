import { getBuiltinTemplate } from "../../engine/template/builtin";
import type { Template } from "../../engine/template/types";

/**
 * The template Settings keeps for Check and Score: detect it from the headers, a built-in one, or
 * one read from a sheet with "Use template from sheet".
 */
export type TemplateChoice =
  | { kind: "detect" }
  | { kind: "builtin"; id: string }
  | { kind: "sheet"; sheet: string; template: Template };

export const DETECT: TemplateChoice = { kind: "detect" };

/**
 * The template a run uses: the one picked in Check when there is one (a built-in id), else the
 * Settings choice; undefined means detect.
 */
export function chosenTemplate(
  checkPick: string | null,
  setting: TemplateChoice
): Template | undefined {
  if (checkPick !== null) return getBuiltinTemplate(checkPick);
  if (setting.kind === "builtin") return getBuiltinTemplate(setting.id);
  if (setting.kind === "sheet") return setting.template;
  return undefined;
}

/** The Settings select's value for a choice: "detect", a built-in id, or "sheet". */
export function choiceValue(choice: TemplateChoice): string {
  return choice.kind === "builtin" ? choice.id : choice.kind;
}

const SHEET_PREFIX = "template-";

/** The name "Edit template as a sheet" asks for (the host adds " (2)"... when it is taken). */
export function templateSheetName(template: Template): string {
  return SHEET_PREFIX + template.id;
}

/**
 * The id a template read from a sheet gets: the built-in's id when the sheet is one written for a
 * built-in (so an edited transactions template is still read as transactions), else "custom".
 */
export function templateIdForSheet(sheet: string): string {
  const base = sheet.replace(/ \(\d+\)$/, "");
  const id = base.startsWith(SHEET_PREFIX) ? base.slice(SHEET_PREFIX.length) : "";
  return getBuiltinTemplate(id) === undefined ? "custom" : id;
}
