#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm run build:cli`, which `prepare` runs on `npm ci`.
let main;
try {
  main = require("../lib/cli/main.js").main;
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("tiersheet: the CLI is not built yet; run `npm run build:cli` (npm ci does it).\n");
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
