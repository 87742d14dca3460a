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

/**
 * The name two records compare by for fuzzy-duplicate: full-width folded, lower case, legal suffixes
 * (有限责任公司, 股份有限公司, 有限公司, 股份, Co.,Ltd., Co., Ltd., Inc.) removed repeatedly from the end,
 * then spaces and punctuation dropped. "" when nothing is left.
 */
export function companyNameKey(name: string): string {
  let s = name.normalize("NFKC").toLowerCase().replace(TRAILING, "");
  for (;;) {
    let next = s;
    for (const re of CHINESE) next = next.replace(re, "");
    next = next.replace(LATIN, "$1").replace(TRAILING, "");
    if (next === s) break;
    s = next;
  }
  return s.replace(/[\s\p{P}\p{S}]+/gu, "");
}
