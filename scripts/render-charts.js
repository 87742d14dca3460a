#!/usr/bin/env node
"use strict";
// Renders one demo chart of each kind through LibreOffice, to check by eye that the DrawingML the
// FileHost writes is drawn, and keeps the PNGs under docs/charts/ for the README.
// Needs soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils). Usage: node scripts/render-charts.js [outDir]
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const outDir = path.resolve(process.argv[2] || path.join(root, "docs", "charts"));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tiersheet-charts-"));
// Compiled code goes under node_modules/.cache so that it resolves exceljs and jszip from the repo.
const compiled = path.join(root, "node_modules", ".cache", "tiersheet-render-charts");

// Compile the FileHost's plan module (and what it imports) to a scratch folder: no ts-node here.
execFileSync(
  process.execPath,
  [
    path.join(root, "node_modules", "typescript", "bin", "tsc"),
    "--outDir",
    compiled,
    "--rootDir",
    path.join(root, "src"),
    "--module",
    "commonjs",
    "--target",
    "ES2020",
    "--esModuleInterop",
    "--skipLibCheck",
    "--types",
    "node",
    path.join(root, "src", "hosts", "file", "plan", "apply-plan.ts"),
  ],
  { stdio: "inherit" }
);
const { applyPlanToXlsx } = require(path.join(compiled, "hosts", "file", "plan", "apply-plan.js"));
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

/** Prints every visible sheet on one landscape page, so the PNG shows the table and chart whole. */
async function fitToPage(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((p) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(p)
  )) {
    let xml = await zip.file(name).async("string");
    xml = xml.includes("<sheetPr>")
      ? xml.replace("<sheetPr>", '<sheetPr><pageSetUpPr fitToPage="1"/>')
      : xml.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    xml = xml.replace('orientation="portrait"', 'orientation="landscape"');
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const money = "#,##0.00";
const customers = [
  ["C017 华东贸易", 182000],
  ["C003 南方机电", 121500],
  ["C042 北辰物流", 86000],
  ["C008 Harbor Foods", 54000],
  ["C025 明远科技", 31000],
  ["C011 西湖纺织", 18500],
  ["C030 Delta Parts", 9000],
  ["C019 东升建材", 4000],
];
const total = customers.reduce((sum, [, v]) => sum + v, 0);
let running = 0;
const paretoRows = customers.map(([name, value]) => {
  running += value;
  return [name, value, running / total];
});

const demos = {
  pareto: {
    title: "利润帕累托 Profit Pareto",
    header: ["客户 Customer", "毛利 Profit", "累计占比 Cumulative"],
    rows: paretoRows,
    formats: [null, money, "0.0%"],
    series: [
      { name: "毛利 Profit", column: "B" },
      { name: "累计占比 Cumulative", column: "C", as: "line", axis: "secondary" },
    ],
  },
  column: {
    title: "信用等级 Credit grades",
    header: ["等级 Grade", "客户数 Customers", "授信 Limit"],
    rows: [
      ["AAA", 4],
      ["AA", 9],
      ["A", 15],
      ["BBB", 22],
      ["BB", 12],
      ["B", 6],
      ["C", 2],
    ],
    formats: [null, "#,##0"],
    series: [{ name: "客户数 Customers", column: "B" }],
  },
  bar: {
    title: "客户金字塔 Customer pyramid",
    header: ["层级 Tier", "客户数 Customers"],
    rows: [
      ["VIP", 5],
      ["主要 Major", 20],
      ["普通 Ordinary", 75],
      ["小客户 Small", 400],
      ["潜在 Prospect", 120],
    ],
    formats: [null, "#,##0"],
    series: [{ name: "客户数 Customers", column: "B" }],
  },
  doughnut: {
    title: "ABC 客户占比 Tier share",
    header: ["分类 Class", "客户数 Customers"],
    rows: [
      ["A", 48],
      ["B", 96],
      ["C", 336],
    ],
    formats: [null, "#,##0"],
    series: [{ name: "客户数 Customers", column: "B" }],
  },
};

function planFor(kind, demo) {
  const last = demo.rows.length + 1;
  return {
    sheets: [
      {
        key: "dashboard",
        name: `Chart ${kind}`,
        tables: [
          {
            name: kind,
            row: 1,
            column: 1,
            header: demo.header.slice(0, demo.formats.length),
            rows: demo.rows,
            formats: demo.formats,
            styledHeader: true,
            autoFilter: false,
          },
        ],
        cells: [],
        charts: [
          {
            id: kind,
            kind,
            title: demo.title,
            categories: { sheet: "dashboard", range: `A2:A${last}` },
            series: demo.series.map((s) => ({
              name: s.name,
              values: { sheet: "dashboard", range: `${s.column}2:${s.column}${last}` },
              as: s.as,
              axis: s.axis,
            })),
            anchor: { row: 1, column: 5, width: 9, height: 22 },
          },
        ],
        conditionalFormats: [],
        columnWidths: [22, 16, 16],
      },
    ],
    highlights: [],
  };
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const base = new ExcelJS.Workbook();
  // Hidden sheets are not printed, so the PDF holds only the chart's sheet.
  base.addWorksheet("input", { state: "hidden" }).getCell("A1").value = "demo";
  base.addWorksheet("visible").getCell("A1").value = "";
  const input = new Uint8Array(await base.xlsx.writeBuffer());
  for (const [kind, demo] of Object.entries(demos)) {
    const bytes = await fitToPage(await applyPlanToXlsx(input, planFor(kind, demo), {}));
    const xlsx = path.join(work, `${kind}.xlsx`);
    fs.writeFileSync(xlsx, bytes);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, xlsx], {
      stdio: "ignore",
    });
    const pdf = path.join(work, `${kind}.pdf`);
    // The empty visible sheet prints nothing; the chart's sheet is the last page.
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1] ?? "1"
    );
    // Crop to the top of the page, where the table and the chart sit.
    const crop = ["-x", "40", "-y", "45", "-W", "790", "-H", "285"];
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      String(pages),
      "-l",
      String(pages),
      ...crop,
      "-singlefile",
      pdf,
      path.join(outDir, kind),
    ]);
    process.stdout.write(`${path.join(outDir, `${kind}.png`)}\n`);
  }
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(compiled, { recursive: true, force: true });
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
