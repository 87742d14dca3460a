"use strict";
// Excel at the floor (issue 8 item 3): ExcelHost against the Excel fake, reading a customer sheet of
// N rows x 40 columns and writing results of the same size; prints syncs and the largest request.
// The fake lives in test/ (TypeScript), so it is compiled here to a scratch folder first.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const compiled = path.join(root, "node_modules", ".cache", "tiersheet-excel-fake");
const sizes = (process.argv[2] || "10000,100000").split(",").map(Number);
const COLUMNS = 40;

fs.rmSync(compiled, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    path.join(root, "node_modules", "typescript", "bin", "tsc"),
    ...["--outDir", compiled, "--rootDir", root, "--module", "commonjs", "--target", "ES2020"],
    ...[
      "--strict",
      "--esModuleInterop",
      "--skipLibCheck",
      "--types",
      "node",
      "--lib",
      "ES2022,DOM",
    ],
    path.join(root, "test", "excel-fake", "measure-excel-fake.ts"),
  ],
  { stdio: "inherit" }
);
const { measureExcelFake } = require(
  path.join(compiled, "test", "excel-fake", "measure-excel-fake.js")
);

(async () => {
  console.log(
    `ExcelHost on the Excel fake, ${COLUMNS} columns (goal: read in ceil(rows/5000)+2 syncs, no request over 4 MB, write in at most twice the read's syncs)`
  );
  console.log("rows       read syncs  goal  read max MB  write syncs  write max MB");
  for (const rows of sizes) {
    const m = await measureExcelFake(rows, COLUMNS);
    const goal = Math.ceil(rows / 5000) + 2;
    console.log(
      `${String(rows).padEnd(10)} ${String(m.readSyncs).padStart(10)}  ${String(goal).padStart(4)}  ${(m.readMaxBytes / 1e6).toFixed(2).padStart(11)}  ${String(m.writeSyncs).padStart(11)}  ${(m.writeMaxBytes / 1e6).toFixed(2).padStart(12)}`
    );
  }
  fs.rmSync(compiled, { recursive: true, force: true });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
