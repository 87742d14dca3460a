"use strict";
// One engine pass over N generated customers, in its own process so peak memory is its own.
// Usage: node bench/engine-pass.js N   (needs the CLI build in lib/: npm run build:cli)
const { generateCustomerSheet } = require("./generate-customers");
const { scoreWorkbook } = require("../lib/engine/score-workbook");
const { DEFAULT_SETTINGS } = require("../lib/engine/settings");
const { dayFromIso } = require("../lib/engine/day");

const n = Number(process.argv[2] || 100000);
const sheet = generateCustomerSheet(n, 29);
const asOf = dayFromIso("2026-11-01");
const started = process.hrtime.bigint();
const run = scoreWorkbook({ sheets: [sheet] }, { asOf, settings: DEFAULT_SETTINGS });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const peakMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  JSON.stringify({
    rows: n,
    scored: run.customers.length,
    seconds,
    rowsPerSecond: Math.round(n / seconds),
    peakMiB: Math.round(peakMiB),
    A: run.tiers.abc.counts.A,
    errors: run.validation.stats.errors,
  }) + "\n"
);
