// Letters and digits only, in ASCII: NFKC keeps them and nothing is dropped, so lower case is all.
const ASCII_WORD = /^[A-Za-z0-9]*$/;

/**
 * Header texts are compared after this normalisation (domain.md §2): full-width forms become ASCII (NFKC),
 * case is ignored, and white space and punctuation are dropped, so 客户名称 = 客户 名称 and
 * "Customer Name" = "customer_name" = "NAME" for the field `name`.
 */
export function normalizeLabel(text: string): string {
  // A data row's key cell (an id, C0000001) is normalised for every row to tell a repeated header: the
  // Unicode normalisation was most of the cost of reading a million-row CSV's ids.
  if (ASCII_WORD.test(text)) return text.toLowerCase();
  // \p{P} covers ASCII and CJK punctuation (，。、：；（）【】《》“” _ - . /); ASCII symbols such as + = | ~ are
  // \p{S}, listed by hand so that currency signs and letters like ² are kept.
  // \p{Cf} (zero-width space, joiners, a stray BOM) is invisible in Excel but comes along when a
  // header is pasted from a web page or chat; the user sees 客户编号 and so must we.
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{Cf}$+<=>^`|~]/gu, "");
}

// An opening bracket, anything without brackets, a closing bracket: people mix half- and full-width
// brackets in one pair ("注册资本(万元）"), so any opening matches any closing.
const BRACKETED = /[(（[［【〔][^()（）[\]［］【】〔〕]*[)）\]］】〕]/g;

/**
 * The text without its bracketed parts (a unit, a note): "注册资本(万元)" -> "注册资本",
 * "Revenue (last year)" -> "Revenue ". Handles (), （）, [], ［］, 【】 and 〔〕, nested too.
 */
export function stripBracketed(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(BRACKETED, "");
    if (next === current) return next;
    current = next;
  }
}
