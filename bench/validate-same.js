"use strict";
// Validates the same messy sheets with two builds and says whether the reports are identical (every
// finding, in order, the counts and the completeness columns): for a change to the checks that must
// not change what they find. Usage: node bench/validate-same.js OTHER_LIB [N]
// (OTHER_LIB: a build of another commit, e.g. `git archive REV src tsconfig*.json | tar -x -C DIR`,
// node_modules linked, `npx tsc -p tsconfig.cli.json` there; this build is ../lib or TIERSHEET_LIB).
const { generateMessySheet } = require("./messy-customers");

function load(lib) {
  return {
    openTable: require(lib + "/engine/table/open-table").openTable,
    validateTable: require(lib + "/engine/validate/validate").validateTable,
    dayFromIso: require(lib + "/engine/day").dayFromIso,
  };
}

const other = process.argv[2];
if (!other) throw new Error("usage: node bench/validate-same.js OTHER_LIB [N]");
const n = Number(process.argv[3] || 200000);
const builds = [load(require("path").resolve(other)), load(process.env.TIERSHEET_LIB || "../lib")];
const asText = (report) =>
  JSON.stringify(report, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v) : v));
let same = true;
for (const [rows, seed, ragged] of [
  [20000, 3, false],
  [20000, 5, true],
  [n, 11, false],
]) {
  const sheet = generateMessySheet(rows, seed, ragged);
  const [a, b] = builds.map((build) => {
    const { table, template } = build.openTable({ sheets: [sheet] }, {});
    const context = { asOf: build.dayFromIso("2026-11-01"), staleDays: 365 };
    return asText(build.validateTable(table, template, context));
  });
  const report = JSON.parse(b);
  const verdict = a === b ? "identical" : "DIFFERENT";
  console.log(
    `${rows} rows${ragged ? " (ragged)" : ""}: ${report.findings.length} findings, ${verdict}`
  );
  same = same && a === b;
}
process.exitCode = same ? 0 : 1;
