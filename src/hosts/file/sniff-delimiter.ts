/** A field separator, or "whitespace" for columns separated by runs of spaces and tabs. */
export type Delimiter = "," | ";" | "\t" | "whitespace";

const CANDIDATES: readonly Exclude<Delimiter, "whitespace">[] = [",", "\t", ";"];
const SAMPLE_CHARS = 65_536;
const SAMPLE_LINES = 20;

function count(line: string, char: string): number {
  let n = 0;
  for (let at = line.indexOf(char); at >= 0; at = line.indexOf(char, at + 1)) n++;
  return n;
}

/**
 * Guesses the separator from the first lines: among comma, tab and semicolon, the one found in
 * the first line whose count is the same on the most lines (then the most per line, then that
 * order); runs of white space when none of them appears; comma for a single column.
 */
export function sniffDelimiter(text: string): Delimiter {
  const truncated = text.length > SAMPLE_CHARS;
  const sample = text.slice(0, SAMPLE_CHARS).replace(/"(?:[^"]|"")*"/g, '""');
  const lines = sample.split(/\r\n|\n|\r/);
  if (truncated && lines.length > 1) lines.pop();
  const useful = lines.filter((line) => line.trim() !== "").slice(0, SAMPLE_LINES);
  if (useful.length === 0) return ",";
  let best: { delimiter: Delimiter; agree: number; perLine: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const perLine = count(useful[0], delimiter);
    if (perLine === 0) continue;
    const agree = useful.filter((line) => count(line, delimiter) === perLine).length;
    if (!best || agree > best.agree || (agree === best.agree && perLine > best.perLine)) {
      best = { delimiter, agree, perLine };
    }
  }
  if (best) return best.delimiter;
  return /\S[ \t]+\S/.test(useful[0]) ? "whitespace" : ",";
}
