import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { runCli, tempDir } from "../support/run-cli";
import { referenceFile } from "../support/reference-data";
import { writeGeneratedCsv } from "./generated-csv";

// The engine's outputs saved before its data moved to columns (issue 13): every later build must give
// them back byte for byte. Small outputs are kept whole so a failure shows the diff; large ones as a
// SHA-256 and length. UPDATE_REFERENCE_OUTPUTS=1 rewrites them: only for a change meant to alter results,
// and the commit says which.

const HERE = __dirname;
const INPUTS = join(HERE, "inputs");
const OUTPUTS = join(HERE, "outputs");
const HASHES = join(OUTPUTS, "hashes.json");
const UPDATE = process.env.UPDATE_REFERENCE_OUTPUTS === "1";
const KEEP_WHOLE_BELOW = 400_000;
const AS_OF = ["--as-of", "2026-11-01", "--lang", "en-US"];

interface Case {
  name: string;
  /** The CLI's arguments; the input path is resolved when the case runs. */
  args: () => string[] | null;
}

const input = (file: string) => join(INPUTS, file);
const dir = tempDir();

const CASES: Case[] = [];
for (const file of [
  "enterprise.xlsx",
  "messy-enterprise.xlsx",
  "individual.xlsx",
  "transactions.xlsx",
  "customers-1000.csv",
  "gb18030.csv",
  "generous-readings.csv",
  "../../fixtures/bad/ragged-rows.csv",
  "../../fixtures/bad/utf16le-bom.csv",
  "../../fixtures/bad/semicolon-decimal-comma.csv",
  "../../fixtures/bad/huge-and-tiny-numbers.csv",
  "../../fixtures/bad/dates-before-1900.xlsx",
  "../../fixtures/bad/merged-cells-in-data.xlsx",
  "../../fixtures/bad/excel-error-values.xlsx",
]) {
  const stem = file.replace(/^.*\//, "").replace(/\.\w+$/, "");
  CASES.push({ name: `${stem}.score`, args: () => ["score", input(file), "--json", ...AS_OF] });
  CASES.push({
    name: `${stem}.validate`,
    args: () => ["validate", input(file), "--json", ...AS_OF],
  });
}
CASES.push({
  name: "customers-100000.score",
  args: () => ["score", writeGeneratedCsv(dir, 100_000), "--json", ...AS_OF],
});
CASES.push({
  name: "frictionless-invalid.validate",
  args: () => {
    const file = referenceFile("frictionless_invalid.csv");
    return file === null ? null : ["validate", file, "--json", ...AS_OF];
  },
});
CASES.push({
  name: "cdnow.fit-clv",
  args: () => {
    const file = referenceFile("CDNOW_master.txt");
    return file === null
      ? null
      : ["fit", "clv", file, "--json", "--as-of", "1997-09-30", "--lang", "en-US"];
  },
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function readHashes(): Record<string, { sha256: string; bytes: number }> {
  return existsSync(HASHES) ? JSON.parse(readFileSync(HASHES, "utf8")) : {};
}

describe("reference outputs: every build gives back the saved results byte for byte", () => {
  const hashes = readHashes();
  afterAll(() => {
    if (UPDATE) writeFileSync(HASHES, JSON.stringify(hashes, null, 2) + "\n");
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => {
      const args = c.args();
      if (args === null) return;
      const run = await runCli(args);
      const output = `exit ${run.code}\n${run.stdout}\n--- stderr\n${run.stderr}`;
      const whole = join(OUTPUTS, `${c.name}.txt`);
      const bytes = Buffer.byteLength(output);
      if (UPDATE) {
        mkdirSync(OUTPUTS, { recursive: true });
        hashes[c.name] = { sha256: sha256(output), bytes };
        if (bytes < KEEP_WHOLE_BELOW) writeFileSync(whole, output);
        return;
      }
      const saved = hashes[c.name];
      expect(saved).toBeDefined();
      if (existsSync(whole)) expect(output).toBe(readFileSync(whole, "utf8"));
      expect({ sha256: sha256(output), bytes }).toEqual(saved);
    },
    120_000
  );
});
