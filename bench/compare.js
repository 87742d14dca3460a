"use strict";
// npm run bench:compare: TierSheet's `score --json` against the pandas script an analyst would write
// (../shared/bench/pandas_tiers.py), on the same generated CSVs, interleaved, three runs each.
// Needs Debian's python3-pandas (apt-get install -y python3-pandas) and ../shared/bench beside the clone.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const SHARED = path.join(ROOT, "..", "shared", "bench");
const PYTHON = "/usr/bin/python3";
const sizes = (process.argv[2] || "10000,100000,1000000").split(",").map(Number);
const RUNS = 3;

function fail(message) {
  console.error(message);
  process.exit(2);
}

if (!fs.existsSync(path.join(SHARED, "pandas_tiers.py")))
  fail(`bench:compare needs ${SHARED} (the shared folder beside the clone).`);
if (spawnSync(PYTHON, ["-c", "import pandas"]).status !== 0)
  fail("bench:compare needs pandas: apt-get install -y python3-pandas");
if (!fs.existsSync("/usr/bin/time"))
  fail(
    "bench:compare needs GNU time (/usr/bin/time) to measure peak memory: apt-get install -y time"
  );

/** Wall seconds and peak resident MiB of one command, and what it printed. */
function measure(command, args) {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
  });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  const [seconds, kib] = result.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { seconds, mib: kib / 1024, stdout: result.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Our counts in the pandas script's words: rows, A, B, C, VIP, Champions. */
function ourCounts(json) {
  const summary = JSON.parse(json).summary;
  return {
    rows: summary.customers,
    A: summary.abc.counts.A,
    B: summary.abc.counts.B,
    C: summary.abc.counts.C,
    VIP: summary.pyramid.VIP,
    champions: summary.segments.Champions ?? 0,
  };
}

function pandasCounts(text) {
  const counts = {};
  for (const [, key, value] of text.matchAll(/(\w+)=(\d+)/g)) counts[key] = Number(value);
  return counts;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tiersheet-compare-"));
const table = [];
let countsAgree = true;
for (const n of sizes) {
  const csv = path.join(dir, `customers-${n}.csv`);
  execFileSync(PYTHON, [path.join(SHARED, "gen_customers.py"), String(n), csv]);
  const ours = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(
      measure(process.execPath, [
        path.join(ROOT, "bin", "tiersheet.js"),
        "score",
        csv,
        "--json",
        "--as-of",
        "2026-11-01",
      ])
    );
    theirs.push(measure(PYTHON, [path.join(SHARED, "pandas_tiers.py"), csv, "2026-11-01"]));
  }
  const a = ourCounts(ours[0].stdout);
  const b = pandasCounts(theirs[0].stdout);
  const agree = ["rows", "A", "B", "C", "VIP", "champions"].every((k) => a[k] === b[k]);
  countsAgree &&= agree;
  const ourTime = median(ours.map((r) => r.seconds));
  const theirTime = median(theirs.map((r) => r.seconds));
  table.push({
    rows: n,
    ourTime,
    ourMiB: Math.max(...ours.map((r) => r.mib)),
    theirTime,
    theirMiB: Math.max(...theirs.map((r) => r.mib)),
    ratio: ourTime / theirTime,
    memoryRatio: Math.max(...ours.map((r) => r.mib)) / Math.max(...theirs.map((r) => r.mib)),
    agree,
    a,
    b,
  });
}
fs.rmSync(dir, { recursive: true, force: true });

console.log(
  `TierSheet score --json vs pandas_tiers.py, median of ${RUNS}, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores`
);
console.log(
  "| rows | TierSheet s | TierSheet peak MiB | pandas s | pandas peak MiB | time ratio | memory ratio | counts agree |"
);
console.log("|---|---|---|---|---|---|---|---|");
for (const r of table) {
  console.log(
    `| ${r.rows.toLocaleString("en-US")} | ${r.ourTime.toFixed(2)} | ${Math.round(r.ourMiB)} | ${r.theirTime.toFixed(2)} | ${Math.round(r.theirMiB)} | ${r.ratio.toFixed(2)} | ${r.memoryRatio.toFixed(2)} | ${r.agree ? "yes" : "NO"} |`
  );
  if (!r.agree) console.log(`  ours ${JSON.stringify(r.a)}\n  pandas ${JSON.stringify(r.b)}`);
}
// Goals of issue 13: at most pandas' time and peak memory; 10x the rows in at most 10.5x the time.
const verdict = (met) => (met ? "met" : "NOT met");
for (const r of table) {
  console.log(
    `${r.rows.toLocaleString("en-US")} rows: time ratio ${r.ratio.toFixed(2)} (goal <= 1.0, stretch 0.5): ${verdict(r.ratio <= 1)}; memory ratio ${r.memoryRatio.toFixed(2)} (goal <= 1.0): ${verdict(r.memoryRatio <= 1)}`
  );
}
for (let i = 1; i < table.length; i++) {
  const rowsGrew = table[i].rows / table[i - 1].rows;
  const timeGrew = table[i].ourTime / table[i - 1].ourTime;
  console.log(
    `${table[i - 1].rows.toLocaleString("en-US")} -> ${table[i].rows.toLocaleString("en-US")} rows (${rowsGrew}x): time ${timeGrew.toFixed(2)}x (goal <= ${(rowsGrew * 1.05).toFixed(1)}x): ${verdict(timeGrew <= rowsGrew * 1.05)}`
  );
}
process.exit(countsAgree ? 0 : 1);
