"use strict";
// The engine pass stage by stage on N generated customers: seconds per stage and the heap still held
// after it (a forced GC first), to see where time and memory go. Slower than engine-pass.js because of
// the forced collections; use engine-pass.js for the headline figures.
// Usage: node --expose-gc --max-old-space-size=8192 bench/engine-stages.js N
const LIB = process.env.TIERSHEET_LIB || "../lib";
const { generateCustomerSheet } = require("./generate-customers");
const { openTable } = require(LIB + "/engine/table/open-table");
const { validateTable } = require(LIB + "/engine/validate/validate");
const { customersFromTable } = require(LIB + "/engine/models/customers-from-table");
const { scoreTiers } = require(LIB + "/engine/models/tiers/score-tiers");
const { scoreCredit } = require(LIB + "/engine/models/credit/scorecard");
const { altmanZ } = require(LIB + "/engine/models/credit/altman");
const { DEFAULT_SETTINGS } = require(LIB + "/engine/settings");
const { dayFromIso } = require(LIB + "/engine/day");

const gc = global.gc || (() => {});
const n = Number(process.argv[2] || 100000);
const asOf = dayFromIso("2026-11-01");
const settings = DEFAULT_SETTINGS;
const mib = () => Math.round(process.memoryUsage().heapUsed / 1048576);
const keep = [];
function stage(name, fn) {
  const started = process.hrtime.bigint();
  const result = fn();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  keep.push(result);
  gc();
  console.log(
    name.padEnd(14) +
      seconds.toFixed(2).padStart(7) +
      " s " +
      String(mib()).padStart(6) +
      " MiB held"
  );
  return result;
}
const sheet = stage("generate", () => generateCustomerSheet(n, 29));
const opened = stage("read table", () => openTable({ sheets: [sheet] }, {}));
const context = { asOf, staleDays: settings.validation.staleDays };
stage("validate", () => validateTable(opened.table, opened.template, context));
const customers = stage("customers", () => customersFromTable(opened.table));
const fields = Object.keys(opened.table.fieldColumns);
stage("tiers", () => scoreTiers(customers, fields, asOf, settings.tiers));
stage("credit", () => customers.map((c) => scoreCredit(c, asOf, settings.credit)));
stage("altman", () => customers.map((c) => altmanZ(c, settings.credit.altman)));
console.log("peak RSS " + Math.round(process.resourceUsage().maxRSS / 1024) + " MiB");
