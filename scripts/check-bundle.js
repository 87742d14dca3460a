#!/usr/bin/env node
/**
 * Checks the production bundle (dist/ after `npm run build`) for network calls, code built from
 * strings and telemetry (issue 7: "no network, no code from elsewhere"). Every hit is traced through
 * the source map to the module it came from and printed; a hit is accepted only when ALLOWED names
 * its pattern and module and says why. Exit 0 = clean, 1 = an unexplained hit, 2 = no dist/.
 *
 *   node scripts/check-bundle.js [dist-folder]
 *
 * CI runs `npm test` before `npm run build`, so this is a script for `.ci/run` to call after the
 * build rather than a jest test.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const DIST = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));

/** What must not be in the page's code. */
const PATTERNS = [
  { name: "fetch", re: /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/g },
  { name: "XMLHttpRequest", re: /XMLHttpRequest/g },
  { name: "WebSocket", re: /WebSocket/g },
  { name: "EventSource", re: /EventSource/g },
  { name: "sendBeacon", re: /sendBeacon/g },
  { name: "importScripts", re: /importScripts/g },
  { name: "eval", re: /(?<![\w$.])eval\s*\(/g },
  { name: "Function constructor", re: /(?<![\w$.])(?:new\s+)?Function\s*\(/g },
  {
    name: "telemetry",
    re: /office-addin-usage-data|usageData|applicationinsights|appInsights|telemetry/gi,
  },
];

/**
 * Hits that are there and harmless, each with its module and why. `module` is matched against the
 * source the source map names for the hit.
 */
const ALLOWED = [
  {
    pattern: "Function constructor",
    module: /webpack\/runtime\/global|webpack\/bootstrap/,
    code: /new Function\("return this"\)/,
    why: 'webpack\'s global-object helper: `new Function("return this")` only where globalThis is missing (never in the browsers Office supports); fixed text, no input.',
  },
  {
    pattern: "importScripts",
    module: /webpack\/runtime\/publicPath|webpack\/bootstrap/,
    code: /importScripts/,
    why: "webpack's public-path detection reads `self.importScripts` to tell a worker from a page; it never calls it.",
  },
];

// --- source maps (VLQ) without a dependency ---
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function decodeVlq(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Per generated line, sorted segments [generatedColumn, sourceIndex]. */
function parseMap(map) {
  const lines = [];
  let source = 0;
  for (const line of map.mappings.split(";")) {
    let column = 0;
    const segments = [];
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0];
      if (fields.length > 1) {
        source += fields[1];
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

function sourceAt(parsed, sources, line, column) {
  const segments = parsed[line] || [];
  let found = null;
  for (const [c, s] of segments) {
    if (c > column) break;
    found = s;
  }
  return found === null ? "(unmapped)" : sources[found];
}

function lineStarts(code) {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === "\n") starts.push(i + 1);
  return starts;
}

function position(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - starts[lo] };
}

function checkHtml(file, text, problems, report) {
  for (const match of text.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) {
    const src = match[1];
    if (!/^[a-z]+:|^\/\//i.test(src)) continue;
    // Office.js must come from Microsoft's CDN inside Office (design.md); nothing else may.
    if (/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/.test(src)) {
      report.push(`${file}: remote script ${src} (allowed: Office.js's own loader)`);
    } else problems.push(`${file}: remote script ${src}`);
  }
}

function main() {
  if (!fs.existsSync(DIST)) {
    console.log(`check-bundle: ${DIST} not found; run \`npm run build\` first.`);
    return 2;
  }
  const problems = [];
  const report = [];
  const files = fs
    .readdirSync(DIST)
    .filter((f) => /\.(js|html)$/.test(f))
    .sort();
  for (const file of files) {
    const text = fs.readFileSync(path.join(DIST, file), "utf8");
    if (file.endsWith(".html")) {
      checkHtml(file, text, problems, report);
      continue;
    }
    const mapFile = path.join(DIST, file + ".map");
    const map = fs.existsSync(mapFile) ? JSON.parse(fs.readFileSync(mapFile, "utf8")) : null;
    const parsed = map ? parseMap(map) : null;
    const starts = lineStarts(text);
    let hits = 0;
    for (const pattern of PATTERNS) {
      for (const match of text.matchAll(pattern.re)) {
        hits++;
        const at = position(starts, match.index);
        const module = parsed
          ? sourceAt(parsed, map.sources, at.line, at.column)
          : "(no source map)";
        const context = text
          .slice(Math.max(0, match.index - 40), match.index + 40)
          .replace(/\s+/g, " ");
        const allowed = ALLOWED.find(
          (a) => a.pattern === pattern.name && a.module.test(module) && a.code.test(context)
        );
        const line = `${file}:${at.line + 1}:${at.column + 1} ${pattern.name} in ${module}\n      …${context}…`;
        if (allowed) report.push(`${line}\n      allowed: ${allowed.why}`);
        else problems.push(line);
      }
    }
    report.push(`${file}: ${text.length} characters scanned, ${hits} hit(s)`);
  }
  // No package of telemetry may reach the bundle, whatever it is called in the code.
  for (const file of files.filter((f) => f.endsWith(".js"))) {
    const mapFile = path.join(DIST, file + ".map");
    if (!fs.existsSync(mapFile)) continue;
    const sources = JSON.parse(fs.readFileSync(mapFile, "utf8")).sources;
    for (const source of sources) {
      if (/office-addin-usage-data|applicationinsights/.test(source))
        problems.push(`${file}: bundles ${source}`);
      // Issue 14: the page reads and writes workbooks by parts; ExcelJS and JSZip are test tools.
      if (/node_modules\/(exceljs|jszip)\//.test(source))
        problems.push(
          `${file}: bundles ${source} (the page writes workbooks by parts, without it)`
        );
    }
  }
  console.log(`check-bundle: ${DIST}`);
  console.log(`patterns: ${PATTERNS.map((p) => p.name).join(", ")}; remote <script> in HTML`);
  for (const line of report) console.log("  " + line);
  if (problems.length) {
    console.log(`\n${problems.length} unexplained hit(s):`);
    for (const line of problems) console.log("  " + line);
    return 1;
  }
  console.log("\nclean: nothing but the allowed exceptions above.");
  return 0;
}

process.exitCode = main();
