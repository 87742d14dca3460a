/** A number for a sentence: thousands grouped, at most `decimals` decimals, trailing zeros dropped ("4.2", "1,250"). */
export function plainNumber(x: number, decimals = 2): string {
  if (!Number.isFinite(x)) return String(x);
  const [whole, frac] = Math.abs(x).toFixed(decimals).split(".");
  const f = (frac ?? "").replace(/0+$/, "");
  const sign = x < 0 && (whole !== "0" || f !== "") ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${f ? `.${f}` : ""}`;
}
