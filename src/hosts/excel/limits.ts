/**
 * Excel on the web refuses requests and responses over 5 MB; design.md asks for blocks of 5,000 rows
 * kept under 4 MB. The budget leaves room under 4 MB for what our estimate does not see
 * (the envelope around each call, addresses, small loads).
 */
export const MAX_BLOCK_ROWS = 5_000;
export const REQUEST_BUDGET_BYTES = 3_800_000;
/** getRanges addresses stay under 8,000 characters. */
export const MAX_ADDRESS_CHARS = 7_999;
