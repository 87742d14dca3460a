import { MAX_ADDRESS_CHARS } from "./limits";

/**
 * Joins addresses with "," into strings of at most `maxChars` characters, so that each string is one
 * worksheet.getRanges call: many scattered cells, one formatting call per chunk.
 */
export function chunkAddresses(
  addresses: readonly string[],
  maxChars = MAX_ADDRESS_CHARS
): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (a.length > maxChars)
      throw new Error(`address longer than ${maxChars} characters: ${a.slice(0, 40)}`);
    if (current === "") current = a;
    else if (current.length + 1 + a.length <= maxChars) current += `,${a}`;
    else {
      chunks.push(current);
      current = a;
    }
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
