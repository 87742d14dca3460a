/**
 * The suffix of the columns that hold one indicator's or dimension's figures (v_, p_, s_, ...):
 * its id where that is a plain lower-case name, so the script reads as the settings do; else its
 * 1-based position after a double underscore, which no plain id can start with.
 */
export function columnKey(id: string, position: number): string {
  return /^[a-z][a-z0-9_]{0,40}$/.test(id) ? id : `_${position}`;
}
