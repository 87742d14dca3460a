import type { Template } from "../../engine/template/types";
import type { Finding } from "../../engine/validate/finding";
import type { Lang } from "../lang";
import { EN_US_MESSAGES } from "./en-US";
import type { FindingMessages } from "./message";
import { ZH_CN_MESSAGES } from "./zh-CN";

const MESSAGES: Readonly<Record<Lang, FindingMessages>> = {
  "zh-CN": ZH_CN_MESSAGES,
  "en-US": EN_US_MESSAGES,
};

/**
 * A finding as a sentence a sales rep understands, in the given language, naming the field by its
 * title in the template (its id without a template, its column when it has no field).
 */
export function formatFinding(finding: Finding, lang: Lang, template?: Template): string {
  const titleOf = (field: string): string =>
    template?.fields.find((f) => f.name === field)?.title[lang] ?? field;
  const title =
    finding.field !== null
      ? titleOf(finding.field)
      : finding.column === null
        ? ""
        : lang === "zh-CN"
          ? `${finding.column} 列`
          : `column ${finding.column}`;
  return MESSAGES[lang][finding.code](finding, title, titleOf);
}
