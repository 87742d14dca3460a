"use strict";
// The engine pass stage by stage on N generated customers: seconds per stage and the heap still held
// after it (a forced GC at each stage's end), to see where time and memory go. The stages are
// scoreWorkbook's own (its onStage hook), so this measures the code the product runs. Slower than
// engine-pass.js because of the forced collections; use engine-pass.js for the headline figures.
// Usage: node --expose-gc --max-old-space-size=8192 bench/engine-stages.js N
const LIB = process.env.TIERSHEET_LIB || "../lib";
const { generateCustomerSheet } = require("./generate-customers");
const { scoreWorkbook } = require(LIB + "/engine/score-workbook");
const { DEFAULT_SETTINGS } = require(LIB + "/engine/settings");
const { dayFromIso } = require(LIB + "/engine/day");

const gc = global.gc || (() => {});
const n = Number(process.argv[2] || 100000);
// Typed arrays live outside the JS heap: counted with it.
const mib = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return Math.round((heapUsed + arrayBuffers) / 1048576);
};
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};
let current = "generate";
let started = cpu();
/** Ends the current stage (its CPU seconds, then the heap it leaves after a full GC). */
function endStage(next) {
  const seconds = cpu() - started;
  gc();
  console.log(
    current.padEnd(14) +
      seconds.toFixed(2).padStart(7) +
      " s CPU " +
      String(mib()).padStart(6) +
      " MiB held"
  );
  current = next;
  started = cpu();
}
const sheet = generateCustomerSheet(n, 29);
const run = scoreWorkbook(
  { sheets: [sheet] },
  { asOf: dayFromIso("2026-11-01"), settings: DEFAULT_SETTINGS, onStage: endStage }
);
endStage("");
console.log(
  `${run.customers.length} customers; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`
);
