"use strict";
// npm run bench:duckdb [SIZES] [PARITY_SIZE]: `tiersheet score FILE.csv --engine duckdb -o OUT.parquet` on
// generated customers (whole process, GNU time), beside ../shared/bench/pandas_tiers.py on the same file
// where pandas is installed; then the parity check at PARITY_SIZE (1,000,000 by default): the TypeScript
// engine's `score --json` and DuckDB's, compared customer by customer on every field both print.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { writeCustomersCsv: writeCsv } = require("./generate-customers");

const ROOT = path.join(__dirname, "..");
const CLI = path.join(ROOT, "bin", "tiersheet.js");
const PANDAS = path.join(ROOT, "..", "shared", "bench", "pandas_tiers.py");
const sizes = (process.argv[2] || "1000000,10000000").split(",").map(Number);
const paritySize = Number(process.argv[3] || 1000000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tiersheet-bench-duckdb-"));

/** Wall seconds and peak MiB of one command, by GNU time. */
function timed(command, args) {
  const run = spawnSync("/usr/bin/time", ["-v", command, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    run.stderr
  );
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const seconds = wall ? Number(wall[1] || 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  return {
    ok: run.status === 0,
    seconds,
    peakMiB: peak ? Math.round(Number(peak[1]) / 1024) : NaN,
    stdout: run.stdout,
    stderr: run.stderr,
  };
}

const hasPandas = spawnSync("/usr/bin/python3", ["-c", "import pandas"]).status === 0;
console.log(
  `DuckDB engine (tiersheet score FILE.csv --engine duckdb -o OUT.parquet), ${new Date().toISOString().slice(0, 10)}`
);
console.log("rows        duckdb s  peak MiB   pandas s  peak MiB   ratio");
for (const n of sizes) {
  const csv = path.join(dir, `c${n}.csv`);
  writeCsv(n, csv);
  const out = path.join(dir, `s${n}.parquet`);
  const duck = timed(process.execPath, [
    CLI,
    "score",
    csv,
    "--engine",
    "duckdb",
    "--as-of",
    "2026-11-01",
    "-o",
    out,
    "--force",
  ]);
  const pandas = hasPandas ? timed("/usr/bin/python3", [PANDAS, csv, "2026-11-01"]) : null;
  const cell = (r) =>
    r && r.ok
      ? `${r.seconds.toFixed(1).padStart(8)}  ${String(r.peakMiB).padStart(8)}`
      : "       -         -";
  const ratio = pandas && pandas.ok && duck.ok ? (duck.seconds / pandas.seconds).toFixed(2) : "-";
  console.log(`${String(n).padEnd(10)} ${cell(duck)}   ${cell(pandas)}   ${ratio}`);
  if (!duck.ok) console.log(duck.stderr.split("\n").slice(0, 3).join("\n"));
  fs.rmSync(csv, { force: true });
  fs.rmSync(out, { force: true });
}
if (!hasPandas)
  console.log("(pandas is not installed: apt-get install -y python3-pandas for its figures)");

// Parity at paritySize: every field both --json outputs print, customer by customer.
if (paritySize > 0) {
  const csv = path.join(dir, `parity${paritySize}.csv`);
  writeCsv(paritySize, csv);
  const args = ["score", csv, "--json", "--as-of", "2026-11-01"];
  const big = { encoding: "utf8", maxBuffer: 2 ** 31 - 1 };
  const engine = JSON.parse(
    execFileSync(process.execPath, ["--max-old-space-size=8192", CLI, ...args], big)
  );
  const duck = JSON.parse(
    execFileSync(
      process.execPath,
      ["--max-old-space-size=8192", CLI, ...args, "--engine", "duckdb"],
      big
    )
  );
  const byId = new Map(duck.customers.map((c) => [c.customer_id, c]));
  let differences = 0;
  let compared = 0;
  const first = [];
  for (const want of engine.customers) {
    const got = byId.get(want.customer_id);
    const fields = ["value", "abc", "pyramid", "rfm", "lifecycle", "churnAlert", "clv", "altmanZ"];
    const pairs = fields.map((f) => [f, want[f], got && got[f]]);
    for (const f of ["score", "grade", "confidence", "limit", "terms"])
      pairs.push([`credit.${f}`, want.credit[f], got && got.credit[f]]);
    for (const [field, a, b] of pairs) {
      compared++;
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        differences++;
        if (first.length < 10)
          first.push(
            `${want.customer_id}.${field}: engine ${JSON.stringify(a)}, duckdb ${JSON.stringify(b)}`
          );
      }
    }
  }
  console.log("");
  console.log(
    `Parity at ${paritySize} customers: ${compared} fields compared, ${differences} differences` +
      (duck.customers.length === engine.customers.length
        ? ""
        : ` (customers: engine ${engine.customers.length}, duckdb ${duck.customers.length})`)
  );
  for (const line of first) console.log("  " + line);
  fs.rmSync(csv, { force: true });
}
fs.rmSync(dir, { recursive: true, force: true });
