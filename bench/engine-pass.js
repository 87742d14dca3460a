"use strict";
// One engine pass over N generated customers, in its own process so peak memory is its own.
// Usage: node bench/engine-pass.js N   (needs the CLI build in lib/: npm run build:cli; TIERSHEET_LIB=dir
// points it at another build, e.g. one compiled with --outDir to compare before and after).
// cpuSeconds (this process's CPU time, GC threads included) is steadier than seconds on a busy machine.
const LIB = process.env.TIERSHEET_LIB || "../lib";
const { generateCustomerSheet } = require("./generate-customers");
const { scoreWorkbook } = require(LIB + "/engine/score-workbook");
const { DEFAULT_SETTINGS } = require(LIB + "/engine/settings");
const { dayFromIso } = require(LIB + "/engine/day");

const n = Number(process.argv[2] || 100000);
const sheet = generateCustomerSheet(n, 29);
const asOf = dayFromIso("2026-11-01");
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
const run = scoreWorkbook({ sheets: [sheet] }, { asOf, settings: DEFAULT_SETTINGS });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStarted);
const peakMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  JSON.stringify({
    rows: n,
    scored: run.customers.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    rowsPerSecond: Math.round(n / seconds),
    peakMiB: Math.round(peakMiB),
    A: run.tiers.abc.counts.A,
    errors: run.validation.stats.errors,
  }) + "\n"
);
