import { codePointStart, endBeforeGaps, isLetterOrNumberCode, withoutGaps } from "./char-class";

/*
 * Legal suffixes (domain.md §8), removed repeatedly from the end of a name. Chinese ones may have
 * stray spaces or punctuation ("gaps") between their characters; Latin ones must stand as their own
 * word, so that "Costco" keeps its "co". Each is matched backwards from the end of the name, which
 * is where every match has to end: one pass over the suffix's few characters, no regular expression.
 */
const CHINESE = ["有限责任公司", "股份有限公司", "有限公司", "股份"];
const LATIN = ["co", "ltd", "inc"];
/** The last letters of the suffixes (司, 份, o, d, c), as character codes. */
const SUFFIX_ENDINGS = [...CHINESE, ...LATIN].map((suffix) => suffix.charCodeAt(suffix.length - 1));

/** s without a Chinese suffix (and the gaps inside and after it), or s itself. */
function dropChinese(s: string, suffix: string): string {
  let end = s.length;
  for (let k = suffix.length - 1; k >= 0; k--) {
    end = endBeforeGaps(s, end);
    if (end === 0 || s.charCodeAt(end - 1) !== suffix.charCodeAt(k)) return s;
    end--;
  }
  return s.slice(0, end);
}

/** s without a Latin suffix standing as a word (with the gaps after it), or s itself. */
function dropLatin(s: string): string {
  const end = endBeforeGaps(s, s.length);
  for (const word of LATIN) {
    const start = end - word.length;
    if (start < 0 || !s.startsWith(word, start)) continue;
    // At the start of the name, or after anything but a letter or number.
    if (start > 0 && isLetterOrNumberCode(s.codePointAt(codePointStart(s, start)) as number))
      return s;
    return s.slice(0, start);
  }
  return s;
}

function dropTrailing(s: string): string {
  const end = endBeforeGaps(s, s.length);
  return end === s.length ? s : s.slice(0, end);
}

/**
 * name full-width folded (NFKC) and in lower case. Most names are ASCII and CJK unified ideographs
 * only, which NFKC leaves as they are and of which only A-Z have a lower case: those skip the work.
 */
function folded(name: string): string {
  let upper = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80 && (c < 0x4e00 || c > 0x9fff)) return name.normalize("NFKC").toLowerCase();
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? name.toLowerCase() : name;
}

/**
 * The name two records compare by for fuzzy-duplicate: full-width folded, lower case, legal suffixes
 * (有限责任公司, 股份有限公司, 有限公司, 股份, Co.,Ltd., Co., Ltd., Inc.) removed repeatedly from the end,
 * then spaces and punctuation dropped. "" when nothing is left.
 */
export function companyNameKey(name: string): string {
  let s = dropTrailing(folded(name));
  // s has no trailing gap here, so a suffix can only be there when s ends with the last letter of one.
  while (SUFFIX_ENDINGS.includes(s.charCodeAt(s.length - 1))) {
    let next = s;
    for (const suffix of CHINESE) next = dropChinese(next, suffix);
    next = dropTrailing(dropLatin(next));
    if (next === s) break;
    s = next;
  }
  return withoutGaps(s);
}
