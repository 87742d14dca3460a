export type Lang = "zh-CN" | "en-US";

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** A text in both of the product's languages. */
export type Localized = Record<Lang, string>;

/** "zh", "zh-Hans-CN", "ZH-cn" -> zh-CN; anything else -> en-US. */
export function langFromTag(tag: string | undefined | null): Lang {
  return tag && /^zh\b/i.test(tag) ? "zh-CN" : "en-US";
}
