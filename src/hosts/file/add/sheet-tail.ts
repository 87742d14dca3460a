const decoder = new TextDecoder();
/** "sheetData" in ASCII: the cells end at its end tag (or self-closing tag), whatever the prefix. */
const SHEET_DATA = [0x73, 0x68, 0x65, 0x65, 0x74, 0x44, 0x61, 0x74, 0x61];

/**
 * The text of a worksheet part after its cells (from its last "sheetData" on), where the add-in's
 * marker (a data validation) is: a user's 100 MB sheet is searched from its end and only its last
 * few elements decoded. A part without "sheetData" is decoded whole.
 */
export function sheetTail(part: Uint8Array): string {
  const last = SHEET_DATA.length - 1;
  for (let at = part.length - SHEET_DATA.length; at >= 0; at--) {
    if (part[at + last] !== SHEET_DATA[last]) continue;
    let k = 0;
    while (k < last && part[at + k] === SHEET_DATA[k]) k++;
    if (k === last) return decoder.decode(part.subarray(at));
  }
  return decoder.decode(part);
}
