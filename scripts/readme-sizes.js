#!/usr/bin/env node
"use strict";
// Puts the pane's bundle sizes, as the last build measured them (dist/bundle-size.json, written by
// webpack.config.js), into the README between <!-- bundle-size --> markers, so the README's figures
// come from a build. `--check` (CI, after the build) fails when the README is more than 10 % off.
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const README = path.join(ROOT, "README.md");
const SIZES = path.join(ROOT, "dist", "bundle-size.json");
const MARK = /<!-- bundle-size -->[\s\S]*?<!-- \/bundle-size -->/;
const TOLERANCE = 0.1;

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

function sentence(sizes) {
  return (
    `<!-- bundle-size -->${kb(sizes.initialGzipBytes)} KB of JavaScript gzip before the browser-mode ` +
    `chunk (${kb(sizes.browserModeGzipBytes)} KB gzip, loaded only in browser mode)<!-- /bundle-size -->`
  );
}

function main() {
  if (!fs.existsSync(SIZES)) {
    console.error("dist/bundle-size.json is missing: run `npm run build` first.");
    return 2;
  }
  const sizes = JSON.parse(fs.readFileSync(SIZES, "utf8"));
  const readme = fs.readFileSync(README, "utf8");
  const current = MARK.exec(readme);
  if (!current) {
    console.error("README.md has no <!-- bundle-size --> ... <!-- /bundle-size --> markers.");
    return 2;
  }
  if (process.argv.includes("--check")) {
    const shown = [...current[0].matchAll(/([\d.]+) KB/g)].map((m) => Number(m[1]) * 1024);
    const built = [sizes.initialGzipBytes, sizes.browserModeGzipBytes];
    const off = built.some((b, i) => !(Math.abs((shown[i] ?? 0) - b) <= TOLERANCE * b));
    console.log(`README: ${current[0]}\nbuild:  ${sentence(sizes)}`);
    if (off) {
      console.error(
        "README's bundle sizes are more than 10 % off the build: run `node scripts/readme-sizes.js`."
      );
      return 1;
    }
    return 0;
  }
  fs.writeFileSync(README, readme.replace(MARK, sentence(sizes)));
  console.log(sentence(sizes));
  return 0;
}

process.exitCode = main();
