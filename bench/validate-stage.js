"use strict";
// The validate stage alone on N generated customers (clean, or `messy` as bench/messy-customers.js
// makes them), run R times: wall and CPU seconds (CPU is steadier on a busy machine), the garbage
// collections during the run, the heap allocated (before any GC) and still held after it.
// Usage: node --expose-gc --max-old-space-size=8192 bench/validate-stage.js N [R] [messy]
// (TIERSHEET_LIB=dir measures another build, as in engine-pass.js).
const { PerformanceObserver, performance } = require("perf_hooks");
const LIB = process.env.TIERSHEET_LIB || "../lib";
const { generateCustomerSheet } = require("./generate-customers");
const { generateMessySheet } = require("./messy-customers");
const { openTable } = require(LIB + "/engine/table/open-table");
const { validateTable } = require(LIB + "/engine/validate/validate");
const { dayFromIso } = require(LIB + "/engine/day");

const gc = global.gc;
if (!gc) throw new Error("run with --expose-gc");
const n = Number(process.argv[2] || 100000);
const runs = Number(process.argv[3] || 3);
const messy = process.argv[4] === "messy";
const sheet = messy ? generateMessySheet(n, 11, false) : generateCustomerSheet(n, 29);
const { table, template } = openTable({ sheets: [sheet] }, {});
const context = { asOf: dayFromIso("2026-11-01"), staleDays: 365 };
let collections = [];
new PerformanceObserver((list) => collections.push(...list.getEntries())).observe({
  entryTypes: ["gc"],
});
const mib = (bytes) => (bytes / 1048576).toFixed(0);

async function main() {
  for (let r = 0; r < runs; r++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const startedAt = performance.now();
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    let report = validateTable(table, template, context);
    const cpu = process.cpuUsage(cpuStarted);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const endedAt = performance.now();
    const allocated = process.memoryUsage().heapUsed - before;
    // The GC entries arrive after the run: wait for them.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const during = collections.filter((e) => e.startTime >= startedAt && e.startTime <= endedAt);
    collections = [];
    gc();
    const held = process.memoryUsage().heapUsed - before;
    const findings = report.findings.length;
    report = null;
    console.log(
      `validate ${n}${messy ? " messy" : ""}: ${seconds.toFixed(2)} s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, ` +
        `${during.length} GCs (${during.reduce((s, e) => s + e.duration, 0).toFixed(0)} ms), ` +
        `heap +${mib(allocated)} MiB before GC, +${mib(held)} MiB held; ${findings} findings`
    );
  }
}
main();
