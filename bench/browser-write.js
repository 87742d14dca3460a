"use strict";
// Browser mode's "write results" for N customers, on the code path the page runs (FileHost with
// fflate, no Node zlib): the plan applied to the workbook's bytes and the result read back, as
// FileHost.applyPlan does after a score. Median of RUNS runs. Usage: node bench/browser-write.js N [RUNS]
// (needs lib/: npm run build:cli)
const { generateCustomerSheet } = require("./generate-customers");
const { buildXlsx } = require("../lib/hosts/file/build-xlsx");
const { FileHost } = require("../lib/hosts/file/file-host");
const { applyPlanToXlsx } = require("../lib/hosts/file/plan/apply-plan");
const { scoreRequest } = require("../lib/app/score");
const { planResults } = require("../lib/app/write-results");
const { DEFAULT_SETTINGS } = require("../lib/engine/settings");
const { dayFromIso } = require("../lib/engine/day");

async function main() {
  const n = Number(process.argv[2] || 5000);
  const runs = Number(process.argv[3] || 3);
  const bytes = await buildXlsx({ sheets: [generateCustomerSheet(n, 29)] });
  const times = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    const host = await FileHost.open(bytes, "customers.xlsx", { applyPlanToXlsx });
    const outcome = scoreRequest(host.workbook(), {
      asOf: dayFromIso("2026-11-01"),
      settings: DEFAULT_SETTINGS,
    });
    if (!("run" in outcome)) throw new Error("nothing scored");
    const plan = await planResults(host, outcome.run, "zh-CN");
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    await host.applyPlan(plan);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1e6);
    const sheets = host.workbook().sheets.map((s) => s.name);
    if (sheets.length < 2) throw new Error(`no result sheets written: ${sheets.join(", ")}`);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  process.stdout.write(
    JSON.stringify({ rows: n, seconds: times[mid], cpuSeconds: cpus[mid] }) + "\n"
  );
}

main().catch((error) => {
  console.error(error.stack || error.message);
  process.exit(1);
});
