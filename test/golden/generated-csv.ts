import { writeFileSync } from "fs";
import { join } from "path";

// bench's generator is plain JavaScript shared with the benchmarks; the same seed gives the same rows.

const { generateCustomerSheet } = require("../../bench/generate-customers");

/** Writes n generated customers (seed 29, as the benchmarks use) as a CSV in dir; returns its path. */
export function writeGeneratedCsv(dir: string, n: number): string {
  const sheet: { rows: (string | number)[][] } = generateCustomerSheet(n, 29);
  const quote = (v: string | number) => {
    const text = String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const file = join(dir, `customers-${n}.csv`);
  writeFileSync(file, sheet.rows.map((row) => row.map(quote).join(",")).join("\n") + "\n");
  return file;
}
