#!/usr/bin/env node
"use strict";
// Renders scored workbooks the way a manager would see them printed (LibreOffice to PDF, then PNG)
// and checks what issue 16 asks of them: the Dashboard's page count, every chart page drawing each of
// its series' colours, no `###` anywhere, and every header and reason of Tiers, Credit and Movers
// shown whole on their first pages. Keeps a few PNGs under docs/render/ for the README.
//
// Needs `npm run build:cli` first, soffice and poppler-utils (pdftoppm, pdftotext).
// Usage: node scripts/render-check.js [--rows 50000] [--no-big] [--no-docs] [--work DIR]
//        node scripts/render-check.js --scored FILE.xlsx   (checks one scored workbook as it is)
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");

const root = path.resolve(__dirname, "..");
const cliPath = path.join(root, "bin", "tiersheet.js");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const bigRows = Number(option("--rows", "50000"));
const work = option("--work", null) || fs.mkdtempSync(path.join(os.tmpdir(), "tiersheet-render-"));
fs.mkdirSync(work, { recursive: true });
const docsDir = path.join(root, "docs", "render");
/** Rows of each long sheet kept in the render copy: its first printed pages are what is checked. */
const KEPT_ROWS = 40;
/** The add-in's sheets a manager prints; the others are hidden in the render copy. */
const PRINTED = ["dashboard", "tiers", "credit", "migration"];
/** A series' colour counts as drawn when this many pixels are within TOLERANCE of it per channel. */
const MIN_PIXELS = 30;
const TOLERANCE = 24;
/** The Dashboard prints one page wide on A4 landscape; more pages than this means it spilled. */
const MAX_DASHBOARD_PAGES = 8;
/** Charts sit right of the Dashboard's tables: the left of the page (tables, the RFM grid) is not searched. */
const CHART_LEFT = 0.38;
/** A point below this share of its series' largest value is too small to be seen, so not looked for. */
const VISIBLE_SHARE = 0.02;

const failures = [];
const fail = (what) => {
  failures.push(what);
  console.log(`  FAIL ${what}`);
};
const pass = (what) => console.log(`  ok   ${what}`);

function run(command, commandArgs, options = {}) {
  return execFileSync(command, commandArgs, {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    stdio: ["ignore", "pipe", "pipe"],
    ...options,
  });
}
const cli = (...cliArgs) => run(process.execPath, [cliPath, ...cliArgs], { cwd: root });

function decodeXml(text) {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The sheets of a package: name, part path, state and the add-in's marker key (or null). */
function sheetsOf(parts) {
  const workbook = strFromU8(parts["xl/workbook.xml"]);
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /\bId="([^"]*)"/.exec(m[0])[1],
      /\bTarget="([^"]*)"/.exec(m[0])[1],
    ])
  );
  return [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => {
    const element = m[0];
    const name = decodeXml(/\bname="([^"]*)"/.exec(element)[1]);
    const relId = /\br:id="([^"]*)"/.exec(element)[1];
    const target = targets
      .get(relId)
      .replace(/^\/?xl\//, "")
      .replace(/^\//, "");
    const partPath = `xl/${target}`;
    const xml = strFromU8(parts[partPath]);
    const key = /prompt="tiersheet-sheet:([a-z-]+)"/.exec(xml)?.[1] ?? null;
    return { element, name, partPath, key, state: /\bstate="(\w+)"/.exec(element)?.[1] };
  });
}

/** The inline-string cells of one row of a sheet part, as text. */
function rowTexts(xml, row) {
  const match = new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(xml);
  if (!match) return [];
  return [...match[1].matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decodeXml(m[1]));
}

/** Keeps the sheet's first rows only, so its first pages print quickly whatever its size. */
function keepFirstRows(xml, kept) {
  return xml.replace(/<sheetData>([\s\S]*?)<\/sheetData>/, (_, rows) => {
    const out = [];
    for (const m of rows.matchAll(/<row r="(\d+)"[\s\S]*?<\/row>/g)) {
      if (Number(m[1]) > kept) break;
      out.push(m[0]);
    }
    return `<sheetData>${out.join("")}</sheetData>`;
  });
}

/** Puts the sheet's name in each printed page's header, so pdftotext tells which sheet a page is. */
function withSheetNameHeader(xml) {
  const header = "<headerFooter><oddHeader>&amp;L&amp;A</oddHeader></headerFooter>";
  const before =
    /<(rowBreaks|colBreaks|drawing|legacyDrawing|tableParts|extLst)\b|<\/worksheet>/.exec(xml);
  return xml.slice(0, before.index) + header + xml.slice(before.index);
}

/**
 * A copy of a scored workbook for rendering: the user's sheets emptied and hidden (they are the
 * user's, not ours to print), the printed add-in sheets cut to their first rows and headed by name.
 */
function renderCopy(source, target) {
  const parts = unzipSync(fs.readFileSync(source));
  const sheets = sheetsOf(parts);
  let workbook = strFromU8(parts["xl/workbook.xml"]);
  const printed = [];
  for (const sheet of sheets) {
    let xml = strFromU8(parts[sheet.partPath]);
    if (sheet.key && PRINTED.includes(sheet.key)) {
      if (sheet.key !== "dashboard") xml = keepFirstRows(xml, KEPT_ROWS);
      parts[sheet.partPath] = strToU8(withSheetNameHeader(xml));
      printed.push(sheet);
      continue;
    }
    parts[sheet.partPath] = strToU8(
      xml.replace(/<sheetData>[\s\S]*?<\/sheetData>/, "<sheetData/>")
    );
    if (sheet.state !== "veryHidden") {
      const hidden = sheet.element
        .replace(/\sstate="\w+"/, "")
        .replace("<sheet ", '<sheet state="hidden" ');
      workbook = workbook.replace(sheet.element, hidden);
    }
  }
  // The first printed sheet is the active one: a hidden active tab makes LibreOffice show it anyway.
  workbook = workbook.replace(/\sactiveTab="\d+"/, "").replace(/\sfirstSheet="\d+"/, "");
  parts["xl/workbook.xml"] = strToU8(workbook);
  fs.writeFileSync(target, zipSync(parts, { level: 1 }));
  return { sheets, printed, parts: unzipSync(fs.readFileSync(source)) };
}

function toPdf(xlsx) {
  run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", path.dirname(xlsx), xlsx]);
  return xlsx.replace(/\.xlsx$/, ".pdf");
}

function pageCount(pdf) {
  return Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))[1]);
}

function pageText(pdf, page) {
  return run("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"]);
}

/** A page as RGB pixels (PPM is a header and raw bytes: no PNG decoder needed). */
function pagePixels(pdf, page, dpi = 60) {
  const stem = path.join(work, `page-${page}`);
  run("pdftoppm", [
    "-f",
    String(page),
    "-l",
    String(page),
    "-r",
    String(dpi),
    "-singlefile",
    pdf,
    stem,
  ]);
  const data = fs.readFileSync(`${stem}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString("latin1"));
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    rgb: data.subarray(header[0].length),
  };
}

/** Pixels of `hex` inside `box` (fractions of the page: left, top, right, bottom). */
function countColour(pixels, hex, box = { left: 0, top: 0, right: 1, bottom: 1 }) {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  const { rgb, width, height } = pixels;
  const x0 = Math.floor(box.left * width);
  const x1 = Math.ceil(box.right * width);
  const y0 = Math.floor(box.top * height);
  const y1 = Math.ceil(box.bottom * height);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 3;
      if (
        Math.abs(rgb[i] - r) <= TOLERANCE &&
        Math.abs(rgb[i + 1] - g) <= TOLERANCE &&
        Math.abs(rgb[i + 2] - b) <= TOLERANCE
      )
        count++;
    }
  }
  return count;
}

/** The words of a page with their boxes, as fractions of the page (pdftotext -bbox). */
function pageWords(pdf, page) {
  const html = run("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", pdf, "-"]);
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html);
  const [w, h] = [Number(size[1]), Number(size[2])];
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    ),
  ].map((m) => ({
    x: Number(m[1]) / w,
    y: Number(m[2]) / h,
    right: Number(m[3]) / w,
    text: decodeXml(m[5]),
  }));
}

/** Where a title's words start on the page, or null: consecutive words that spell it. */
function findTitle(words, title) {
  const want = squash(title);
  for (let i = 0; i < words.length; i++) {
    let text = "";
    for (let j = i; j < words.length && text.length < want.length; j++)
      text += squash(words[j].text);
    if (text === want) return words[i];
  }
  return null;
}

/** Each chart of the Dashboard: its title and the colours its series and points are filled with. */
function chartsOf(parts, sheet) {
  const rels = strFromU8(parts[sheet.partPath.replace(/([^/]+)$/, "_rels/$1.rels")] ?? strToU8(""));
  const drawing = /Target="\.\.\/drawings\/([^"]+)"/.exec(rels);
  if (!drawing) return [];
  const drawingRels = strFromU8(parts[`xl/drawings/_rels/${drawing[1]}.rels`]);
  // The header of the table a chart sits beside: the row under the title on the chart's first row.
  const drawingXml = strFromU8(parts[`xl/drawings/${drawing[1]}`]);
  const sheetXml = strFromU8(parts[sheet.partPath]);
  const besideOf = (relId) => {
    const anchor = [...drawingXml.matchAll(/<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>/g)]
      .map((a) => a[0])
      .find((a) => a.includes(`r:id="${relId}"`));
    const row = anchor && Number(/<xdr:from>[\s\S]*?<xdr:row>(\d+)<\/xdr:row>/.exec(anchor)[1]) + 1;
    // The table's header row, under its title: its labels in a row are the table's, not the chart's.
    const header = row ? rowTexts(sheetXml, row + 1) : [];
    return header.length > 0 ? header.join(" ") : null;
  };
  return [...drawingRels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((rel) => {
      const relId = /\bId="([^"]*)"/.exec(rel[0])[1];
      const target = /Target="\.\.\/charts\/([^"]+)"/.exec(rel[0]);
      return { relId, file: target && target[1] };
    })
    .filter((r) => r.file)
    .map(({ relId, file }) => {
      const xml = strFromU8(parts[`xl/charts/${file}`]);
      const beside = besideOf(relId);
      const title = [
        ...(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g),
      ]
        .map((t) => decodeXml(t[1]))
        .join("");
      // Series and point fills (a line's colour sits in its a:ln); gridlines and text are not series.
      const colours = new Set();
      for (const ser of xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
        const body = ser[1].replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/g, "");
        // The values drawn, by point: a point too small to see (a grade nobody has) is not looked for.
        const valueXml = /<c:val>([\s\S]*?)<\/c:val>/.exec(body)?.[1] ?? "";
        const values = new Map(
          [...valueXml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [
            Number(m[1]),
            Math.abs(Number(m[2])),
          ])
        );
        const largest = Math.max(0, ...values.values());
        const visible = (idx) => (values.get(idx) ?? 0) >= VISIBLE_SHARE * largest && largest > 0;
        // Points coloured one by one hide the series' own colour: only theirs are drawn.
        const points = [...body.matchAll(/<c:dPt>[\s\S]*?<\/c:dPt>/g)].map((m) => m[0]);
        if (points.length === 0 && largest > 0) {
          const own = /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(body);
          if (own) colours.add(own[1].toUpperCase());
        }
        for (const point of points) {
          const idx = Number(/<c:idx val="(\d+)"/.exec(point)[1]);
          const colour = /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(point);
          if (colour && visible(idx)) colours.add(colour[1].toUpperCase());
        }
      }
      return { title, colours: [...colours], beside };
    });
}

const squash = (text) => text.replace(/\s+/g, "");

function checkWorkbook(label, scored) {
  console.log(`\n${label}: ${path.relative(root, scored)}`);
  const copy = path.join(work, `${label}.render.xlsx`);
  const { printed, parts } = renderCopy(scored, copy);
  const started = Date.now();
  const pdf = toPdf(copy);
  const pages = pageCount(pdf);
  const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));
  console.log(`  ${pages} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const pagesOf = (sheet) =>
    texts
      .map((t, i) => ({ t, page: i + 1 }))
      .filter(
        ({ t }) =>
          t.split("\n")[0].trim() === sheet.name.trim() || t.trimStart().startsWith(sheet.name)
      );
  const figures = { label, pages, sheets: {} };
  for (const sheet of printed) {
    const own = pagesOf(sheet);
    figures.sheets[sheet.key] = own.map((p) => p.page);
    console.log(
      `  ${sheet.key} "${sheet.name}": pages ${own.map((p) => p.page).join(", ") || "none"}`
    );
    if (own.length === 0) fail(`${label}: sheet ${sheet.name} printed no page`);
  }
  texts.forEach((t, i) => {
    if (t.includes("###")) fail(`${label}: page ${i + 1} shows ###`);
  });
  if (!failures.some((f) => f.includes("###"))) pass(`${label}: no cell shows ###`);

  const dashboard = printed.find((s) => s.key === "dashboard");
  if (dashboard) {
    const own = pagesOf(dashboard);
    if (own.length > MAX_DASHBOARD_PAGES) fail(`${label}: Dashboard prints on ${own.length} pages`);
    else pass(`${label}: Dashboard prints on ${own.length} pages`);
    const charts = chartsOf(parts, dashboard);
    for (const chart of charts) {
      // A chart's text can also sit, clipped, at the foot of the page before: every page naming it counts.
      const candidates = own.filter(({ t }) => squash(t).includes(squash(chart.title)));
      if (candidates.length === 0) {
        fail(`${label}: chart "${chart.title}" is on no Dashboard page`);
        continue;
      }
      // Only the chart's own box counts: from its title down to the next chart's title (or the page's
      // end), right of the tables. Colours shared by two charts on a page are then told apart.
      const drawn = candidates.map(({ page }) => {
        const words = pageWords(pdf, page);
        const start = findTitle(words, chart.title);
        const below = charts
          .filter((other) => other !== chart)
          .map((other) => findTitle(words, other.title))
          .filter((w) => w && start && w.y > start.y + 0.02)
          .map((w) => w.y);
        const box = start
          ? {
              left: CHART_LEFT,
              top: Math.max(0, start.y - 0.02),
              right: 1,
              bottom: Math.min(1, ...below),
            }
          : { left: CHART_LEFT, top: 0, right: 1, bottom: 1 };
        return { page, pixels: pagePixels(pdf, page), box };
      });
      const counts = chart.colours.map((c) => [
        c,
        Math.max(...drawn.map((d) => countColour(d.pixels, c, d.box))),
      ]);
      const where = { page: drawn.map((d) => d.page).join("/") };
      const missing = counts.filter(([, n]) => n < MIN_PIXELS);
      const shown = counts.map(([c, n]) => `${c} ${n}px`).join(", ");
      // Beside its table: the page that draws the chart most also shows the table's title.
      const best = drawn
        .map((d) => ({
          d,
          n: counts.length
            ? Math.min(...chart.colours.map((c) => countColour(d.pixels, c, d.box)))
            : 0,
        }))
        .sort((a, b) => b.n - a.n)[0].d;
      const bestText = squash(texts[best.page - 1]);
      if (chart.beside && !bestText.includes(squash(chart.beside)))
        fail(
          `${label}: chart "${chart.title}" (page ${best.page}) is not beside its table "${chart.beside}"`
        );
      else if (chart.beside)
        pass(`${label}: chart "${chart.title}" is beside "${chart.beside}" on page ${best.page}`);
      if (missing.length > 0)
        fail(`${label}: chart "${chart.title}" (page ${where.page}) lacks ${shown}`);
      else pass(`${label}: chart "${chart.title}" page ${where.page}: ${shown}`);
    }
  }

  for (const sheet of printed.filter((s) => s.key !== "dashboard")) {
    const xml = strFromU8(parts[sheet.partPath]);
    const filter = /<autoFilter ref="[A-Z]+(\d+):/.exec(xml);
    const headerRow = filter ? Number(filter[1]) : 1;
    const headers = rowTexts(xml, headerRow);
    const text = squash(
      pagesOf(sheet)
        .map((p) => p.t)
        .join("\n")
    );
    const cut = headers.filter((h) => !text.includes(squash(h)));
    if (cut.length > 0) fail(`${label}: ${sheet.key} headers not shown whole: ${cut.join(" | ")}`);
    else pass(`${label}: ${sheet.key}: all ${headers.length} headers whole`);
    // Every text cell of the first rows (reasons included) shows whole.
    let cells = 0;
    const cutCells = [];
    for (let row = headerRow + 1; row <= Math.min(headerRow + 12, KEPT_ROWS); row++) {
      for (const value of rowTexts(xml, row)) {
        cells++;
        if (!text.includes(squash(value))) cutCells.push(value);
      }
    }
    if (cutCells.length > 0)
      fail(`${label}: ${sheet.key} cells cut: ${cutCells.slice(0, 5).join(" | ")}`);
    else pass(`${label}: ${sheet.key}: ${cells} text cells of the first rows whole`);
  }
  return { pdf, figures, pagesOf, printed };
}

function keepPngs(result) {
  fs.mkdirSync(docsDir, { recursive: true });
  for (const old of fs.readdirSync(docsDir))
    if (old.endsWith(".png")) fs.unlinkSync(path.join(docsDir, old));
  const chosen = [];
  // A few pages only: the Dashboard whole, and the first page of Tiers and of Credit.
  for (const sheet of result.printed.filter((s) => s.key !== "migration")) {
    const own = result.pagesOf(sheet).map((p) => p.page);
    const take = sheet.key === "dashboard" ? own : own.slice(0, 1);
    take.forEach((page, i) =>
      chosen.push({ page, name: `${sheet.key}${take.length > 1 ? `-${i + 1}` : ""}` })
    );
  }
  for (const { page, name } of chosen) {
    // Data sheets: the top of the page (header and first rows) shows the widths and the grid.
    const crop = name.startsWith("dashboard")
      ? []
      : ["-x", "0", "-y", "0", "-W", "820", "-H", "300"];
    run("pdftoppm", [
      "-f",
      String(page),
      "-l",
      String(page),
      "-r",
      "70",
      ...crop,
      "-png",
      "-singlefile",
      result.pdf,
      path.join(docsDir, name),
    ]);
  }
  console.log(
    `\nKept ${chosen.length} PNGs in ${path.relative(root, docsDir)}: ${chosen.map((c) => c.name).join(", ")}`
  );
}

/** A second snapshot (a refresh a month later) so that the workbook has its Movers sheet too. */
function withMovers(scored, asOf) {
  cli("refresh", scored, "--as-of", asOf);
  return scored;
}

function main() {
  if (!fs.existsSync(path.join(root, "dist-cli")) && !fs.existsSync(cliPath))
    throw new Error("run npm run build:cli first");
  console.log(`Work folder: ${work}`);
  const given = option("--scored", null);
  if (given) {
    // Check a scored workbook as it is (made elsewhere, or by an older build), keeping no PNGs.
    const copy = path.join(work, path.basename(given));
    fs.copyFileSync(path.resolve(given), copy);
    checkWorkbook("given", copy);
    console.log(
      failures.length === 0
        ? "\nAll render checks passed."
        : `\n${failures.length} render checks failed.`
    );
    process.exitCode = failures.length === 0 ? 0 : 1;
    return;
  }
  cli("demo");
  const demo = path.join(work, "demo.scored.xlsx");
  fs.copyFileSync(path.join(root, "examples", "out", "customers.scored.xlsx"), demo);
  withMovers(demo, "2026-12-01");
  const demoResult = checkWorkbook("demo", demo);
  if (!args.includes("--no-big")) {
    const big = path.join(work, `sample-${bigRows}.xlsx`);
    const started = Date.now();
    cli(
      "sample",
      "--kind",
      "enterprise",
      "--rows",
      String(bigRows),
      "--seed",
      "16",
      "--as-of",
      "2026-11-01",
      "-o",
      big,
      "--force"
    );
    const bigScored = path.join(work, `sample-${bigRows}.scored.xlsx`);
    cli("score", big, "-o", bigScored, "--force");
    withMovers(bigScored, "2026-12-01");
    console.log(
      `\n${bigRows} rows sampled, scored and refreshed in ${((Date.now() - started) / 1000).toFixed(1)} s`
    );
    checkWorkbook(`sample-${bigRows}`, bigScored);
  }
  if (!args.includes("--no-docs")) keepPngs(demoResult);
  console.log(
    failures.length === 0
      ? "\nAll render checks passed."
      : `\n${failures.length} render checks failed.`
  );
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main();
