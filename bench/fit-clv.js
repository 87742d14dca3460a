"use strict";
// `tiersheet fit clv CDNOW_master.txt --as-of 1997-09-30 --json` (23,570 customers, 69,659 purchases):
// whole process, median wall time of RUNS runs (default 3), with CPU time and peak memory from GNU
// time when it is there (on a shared machine the CPU time says more than the wall time). Goal < 2 s.
// Usage: node bench/fit-clv.js [RUNS] (needs lib/: npm run build:cli, and ../shared/data/CDNOW_master.txt)
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const data = path.join(__dirname, "..", "..", "shared", "data", "CDNOW_master.txt");
const cli = path.join(__dirname, "..", "bin", "tiersheet.js");
const hasTime = fs.existsSync("/usr/bin/time");

function once() {
  const args = [cli, "fit", "clv", data, "--as-of", "1997-09-30", "--json"];
  const started = process.hrtime.bigint();
  const run = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "%U %S %M", process.execPath, ...args], {
        encoding: "utf8",
        maxBuffer: 64 << 20,
      })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(run.stderr);
  const customers = JSON.parse(run.stdout).customers.length;
  if (!hasTime) return { seconds, customers, cpu: null, peakMiB: null };
  const [user, sys, kib] = run.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { seconds, customers, cpu: user + sys, peakMiB: Math.round(kib / 1024) };
}

if (!fs.existsSync(data)) {
  process.stdout.write(JSON.stringify({ skipped: `no ${data}` }) + "\n");
} else {
  const runs = Array.from({ length: Number(process.argv[2] || 3) }, once);
  const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
  process.stdout.write(
    JSON.stringify({
      customers: runs[0].customers,
      seconds: median(runs.map((r) => r.seconds)),
      cpuSeconds: hasTime ? median(runs.map((r) => r.cpu)) : null,
      peakMiB: hasTime ? Math.max(...runs.map((r) => r.peakMiB)) : null,
    }) + "\n"
  );
}
