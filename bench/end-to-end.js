"use strict";
// read + score + write of an .xlsx, as a user runs it: `tiersheet score FILE.xlsx -o OUT.xlsx`, whole
// process, peak memory from GNU time; the median time and the largest peak of RUNS runs (default 3).
// Usage: node bench/end-to-end.js N [RUNS] (needs lib/: npm run build:cli)
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { generateCustomerSheet } = require("./generate-customers");
const { buildXlsx } = require("../lib/hosts/file/build-xlsx");
const { NODE_ZIP_CODEC } = require("../lib/hosts/file/node-zip-codec");

async function main() {
  const n = Number(process.argv[2] || 10000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tiersheet-e2e-"));
  const input = path.join(dir, `customers-${n}.xlsx`);
  fs.writeFileSync(
    input,
    await buildXlsx({ sheets: [generateCustomerSheet(n, 29)] }, { codec: NODE_ZIP_CODEC })
  );
  const cli = path.join(__dirname, "..", "bin", "tiersheet.js");
  const args = [
    "-f",
    "%e %M %U %S",
    process.execPath,
    "--max-old-space-size=8192",
    cli,
    "score",
    input,
  ];
  const runs = Number(process.argv[3] || 3);
  const measured = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(
      "/usr/bin/time",
      [...args, "-o", path.join(dir, "out.xlsx"), "--force", "--as-of", "2026-11-01"],
      { encoding: "utf8" }
    );
    if (run.status !== 0) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(run.stderr);
    }
    const [seconds, kib, user, system] = run.stderr.trim().split("\n").pop().split(" ").map(Number);
    measured.push({ seconds, kib, cpu: user + system });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const times = measured.map((m) => m.seconds).sort((a, b) => a - b);
  const seconds = times[Math.floor(times.length / 2)];
  const cpus = measured.map((m) => m.cpu).sort((a, b) => a - b);
  const kib = Math.max(...measured.map((m) => m.kib));
  process.stdout.write(
    JSON.stringify({
      rows: n,
      seconds,
      cpuSeconds: cpus[Math.floor(cpus.length / 2)],
      peakMiB: Math.round(kib / 1024),
    }) + "\n"
  );
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
