import {
  codePointStart,
  endBeforeGaps,
  isGapCode,
  isLetterOrNumberCode,
  withoutGaps,
} from "./char-class";
import { FNV_OFFSET, mix, mixText } from "./fnv";

/*
 * Legal suffixes (domain.md §8), removed repeatedly from the end of a name. Chinese ones may have
 * stray spaces or punctuation ("gaps") between their characters; Latin ones must stand as their own
 * word, so that "Costco" keeps its "co". Each is matched backwards from the end of the name, which
 * is where every match has to end: one pass over the suffix's few characters, no regular expression.
 * Every step only moves the end of the name to the left, so the steps work on an end index, and the
 * name is cut (or, for the hash, never cut) once at the end.
 */
const CHINESE = ["有限责任公司", "股份有限公司", "有限公司", "股份"];
const LATIN = ["co", "ltd", "inc"];
/** The last letters of the suffixes (司, 份, o, d, c), as character codes. */
const SUFFIX_ENDINGS = [...CHINESE, ...LATIN].map((suffix) => suffix.charCodeAt(suffix.length - 1));

/** The code unit at i with A-Z in lower case: a name need not be lowered first to be compared. */
function lowerAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** The end of s[0..end) without a Chinese suffix (and the gaps inside and after it), or end itself. */
function endBeforeChinese(s: string, end: number, suffix: string): number {
  let at = end;
  for (let k = suffix.length - 1; k >= 0; k--) {
    const want = suffix.charCodeAt(k);
    // The suffix's own character right there (no gap before it) is the usual case: nothing to skip.
    if (at > 0 && s.charCodeAt(at - 1) === want) {
      at--;
      continue;
    }
    at = endBeforeGaps(s, at);
    if (at === 0 || s.charCodeAt(at - 1) !== want) return end;
    at--;
  }
  return at;
}

/** The end of s[0..end) without a Latin suffix standing as a word (with the gaps after it), or end. */
function endBeforeLatin(s: string, end: number): number {
  const last = endBeforeGaps(s, end);
  for (const word of LATIN) {
    const start = last - word.length;
    if (start < 0) continue;
    let k = 0;
    while (k < word.length && lowerAt(s, start + k) === word.charCodeAt(k)) k++;
    if (k < word.length) continue;
    // At the start of the name, or after anything but a letter or number.
    if (start > 0 && isLetterOrNumberCode(s.codePointAt(codePointStart(s, start)) as number))
      return end;
    return start;
  }
  return end;
}

/** Where the name's key ends in s (a folded name, or one that needs no folding but A-Z lowered). */
function keyEnd(s: string): number {
  let end = endBeforeGaps(s, s.length);
  // s[0..end) has no trailing gap here, so a suffix can only be there when it ends with the last letter of one.
  while (end > 0 && SUFFIX_ENDINGS.includes(lowerAt(s, end - 1))) {
    let next = end;
    for (const suffix of CHINESE) next = endBeforeChinese(s, next, suffix);
    next = endBeforeGaps(s, endBeforeLatin(s, next));
    if (next === end) break;
    end = next;
  }
  return end;
}

/**
 * True when NFKC and lower case change nothing in the name but A-Z. Most names are ASCII and CJK
 * unified ideographs only, which NFKC leaves as they are and of which only A-Z have a lower case.
 */
function foldsByAsciiOnly(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80 && (c < 0x4e00 || c > 0x9fff)) return false;
  }
  return true;
}

/** name full-width folded (NFKC) and in lower case; names that need only A-Z lowered skip NFKC. */
function folded(name: string): string {
  if (!foldsByAsciiOnly(name)) return name.normalize("NFKC").toLowerCase();
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return name.toLowerCase();
  }
  return name;
}

/**
 * The name two records compare by for fuzzy-duplicate: full-width folded, lower case, legal suffixes
 * (有限责任公司, 股份有限公司, 有限公司, 股份, Co.,Ltd., Co., Ltd., Inc.) removed repeatedly from the end,
 * then spaces and punctuation dropped. "" when nothing is left.
 */
export function companyNameKey(name: string): string {
  const s = folded(name);
  const end = keyEnd(s);
  return withoutGaps(end === s.length ? s : s.slice(0, end));
}

/**
 * mixText(FNV_OFFSET, companyNameKey(name)), or null when the key is "": the hash fuzzy-duplicate
 * groups names by. For a name that needs only A-Z lowered it is worked out on the name itself, without
 * building the key: a million names then cost no string each.
 */
export function companyNameKeyHash(name: string): number | null {
  if (!foldsByAsciiOnly(name)) {
    const key = companyNameKey(name);
    return key === "" ? null : mixText(FNV_OFFSET, key);
  }
  const end = keyEnd(name);
  let h = FNV_OFFSET;
  let empty = true;
  // Such a name has no surrogate pairs: each code unit is a character.
  for (let i = 0; i < end; i++) {
    const c = lowerAt(name, i);
    if (isGapCode(c)) continue;
    h = mix(h, c);
    empty = false;
  }
  return empty ? null : mix(h, 0xffff);
}
