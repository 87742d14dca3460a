"use strict";
// node bench/fit-scorecard.js [FILE] [TARGET]: `tiersheet fit scorecard FILE --target TARGET --json`
// as a whole process (median of 5 runs, wall clock), and the engine's fit alone (median of 5),
// on germancredit.csv from ../shared/data by default. Issue #18 asks for under 1 s. Needs
// `npm run build:cli` first (it runs lib/).
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const file = process.argv[2] || path.join(root, "..", "shared", "data", "germancredit.csv");
const target = process.argv[3] || "creditability";
if (!fs.existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const whole = [];
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  execFileSync(
    process.execPath,
    [
      path.join(root, "bin", "tiersheet.js"),
      "fit",
      "scorecard",
      file,
      "--target",
      target,
      "--json",
    ],
    { maxBuffer: 1 << 26 }
  );
  whole.push(Number(process.hrtime.bigint() - start) / 1e9);
}

const { readCsv } = require(path.join(root, "lib", "hosts", "file", "read-csv"));
const { fitScorecard } = require(
  path.join(root, "lib", "engine", "models", "scorecard", "fit-scorecard")
);
const sheet = readCsv(new Uint8Array(fs.readFileSync(file)), path.basename(file)).sheets[0];
const engine = [];
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  const result = fitScorecard(sheet, { target, holdout: false });
  engine.push(Number(process.hrtime.bigint() - start) / 1e9);
  if (!result.ok) throw new Error(result.problem.message["en-US"]);
}
console.log(
  `fit scorecard on ${path.basename(file)} (${sheet.rows.length - 1} rows), ${new Date().toISOString().slice(0, 10)}`
);
console.log(`whole CLI process, median of 5: ${median(whole).toFixed(3)} s`);
console.log(`engine fit alone, median of 5:  ${median(engine).toFixed(3)} s`);
