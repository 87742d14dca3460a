const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * XML character data with its entity and character references replaced ("&amp;" -> "&",
 * "&#x4E2D;" -> "中") and raw line ends made LF, as every XML parser does; an unknown reference is kept as written rather than failing a whole sheet.
 */
export function decodeXmlText(raw: string): string {
  // XML's end-of-line handling: a raw CR (alone or before LF) reads as LF; only &#13; is a CR.
  const text = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
