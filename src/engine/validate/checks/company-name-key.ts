/*
 * Legal suffixes (domain.md §8), removed repeatedly from the end of a name. Chinese ones may have
 * stray spaces or punctuation between their characters; Latin ones must stand as their own word, so
 * that "Costco" keeps its "co".
 */
const GAP = "[\\s\\p{P}\\p{S}]*";
const CHINESE = ["有限责任公司", "股份有限公司", "有限公司", "股份"].map(
  (s) => new RegExp(`${[...s].join(GAP)}${GAP}$`, "u")
);
const LATIN = /(^|[^\p{L}\p{N}])(?:co|ltd|inc)[\s\p{P}\p{S}]*$/u;
const TRAILING = /[\s\p{P}\p{S}]+$/u;
const ENDS_IN_GAP = /[\s\p{P}\p{S}]$/u;
const SUFFIX_ENDINGS = ["司", "份", "o", "d", "c"];

// The unanchored patterns above try every start position; each is run only when it can match.
function dropTrailing(s: string): string {
  return ENDS_IN_GAP.test(s) ? s.replace(TRAILING, "") : s;
}

function dropLatin(s: string): string {
  return s.includes("co") || s.includes("ltd") || s.includes("inc") ? s.replace(LATIN, "$1") : s;
}

/**
 * The name two records compare by for fuzzy-duplicate: full-width folded, lower case, legal suffixes
 * (有限责任公司, 股份有限公司, 有限公司, 股份, Co.,Ltd., Co., Ltd., Inc.) removed repeatedly from the end,
 * then spaces and punctuation dropped. "" when nothing is left.
 */
export function companyNameKey(name: string): string {
  let s = dropTrailing(name.normalize("NFKC").toLowerCase());
  for (;;) {
    // s has no trailing space or punctuation here, so a suffix can only match when s ends with the
    // last letter of one (司, 份, co, ltd, inc): skip the regular expressions for every other name.
    if (!SUFFIX_ENDINGS.includes(s.charAt(s.length - 1))) break;
    let next = s;
    for (const re of CHINESE) next = next.replace(re, "");
    next = dropTrailing(dropLatin(next));
    if (next === s) break;
    s = next;
  }
  return s.replace(/[\s\p{P}\p{S}]+/gu, "");
}
