"use strict";
// npm run bench:csv: reading a generated customers CSV into the engine's table (the "read table" stage:
// file bytes -> field columns), each size in its own process; prints seconds, CPU seconds and peak
// memory. `node bench/read-csv.js SIZES [LIBDIR]` measures another build's lib/ (an older commit's).
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { writeCustomersCsv: writeCsv } = require("./generate-customers");

if (process.argv[2] === "--child") {
  const [lib, file] = process.argv.slice(3);
  const { loadWorkbookFile } = require(path.join(lib, "hosts/file/read-file.js"));
  const { openTable } = require(path.join(lib, "engine/table/open-table.js"));
  const start = process.hrtime.bigint();
  loadWorkbookFile(file).then((loaded) => {
    const opened = openTable(loaded.workbook);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const usage = process.resourceUsage();
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    const peakMiB = Math.round(usage.maxRSS / 1024);
    console.log(JSON.stringify({ records: opened.table.size, seconds, cpuSeconds, peakMiB }));
  });
  return;
}

const sizes = (process.argv[2] || "100000,1000000").split(",").map(Number);
const lib = path.resolve(process.argv[3] || path.join(__dirname, "..", "lib"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tiersheet-bench-csv-"));

console.log(`CSV read into the table (${lib}), ${new Date().toISOString().slice(0, 10)}`);
console.log("rows       MB      seconds   CPU s    peak MiB");
for (const n of sizes) {
  const file = path.join(dir, `customers-${n}.csv`);
  writeCsv(n, file);
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=8192", __filename, "--child", lib, file],
    { encoding: "utf8" }
  );
  const r = JSON.parse(out);
  const mb = (fs.statSync(file).size / 1e6).toFixed(1);
  console.log(
    `${String(r.records).padEnd(10)} ${mb.padStart(6)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.cpuSeconds.toFixed(2).padStart(7)}   ${r.peakMiB}`
  );
  fs.unlinkSync(file);
}
fs.rmSync(dir, { recursive: true, force: true });
