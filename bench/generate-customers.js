"use strict";
// Deterministic enterprise customers shaped like ../shared/bench/gen_customers.py (Chinese headers,
// lognormal sales, 5% prospects), built in memory as the engine's SheetData.
const HEADERS = [
  "客户编号",
  "客户名称",
  "所在地区",
  "首次交易日期",
  "最近交易日期",
  "交易次数",
  "累计销售额",
  "毛利贡献",
  "服务成本",
];
const REGIONS = ["华东", "华南", "华北", "西南", "东北"];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function iso(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

function generateCustomerSheet(n, seed) {
  const rnd = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const asOf = Date.UTC(2026, 10, 1) / 86400000;
  const rows = [HEADERS];
  for (let i = 0; i < n; i++) {
    const prospect = rnd() < 0.05;
    const orders = prospect ? 0 : 1 + Math.floor(-Math.log(1 - rnd()) * 5);
    const first = asOf - 30 - Math.floor(rnd() * 2470);
    const last = first + Math.floor(rnd() * (asOf - first));
    const sales = prospect ? 0 : Math.round(Math.exp(10 + 1.4 * normal()) * 100) / 100;
    const gp = Math.round(sales * (-0.05 + 0.35 * rnd()) * 100) / 100;
    const cost = Math.round(sales * 0.05 * rnd() * 100) / 100;
    rows.push([
      "C" + String(i).padStart(7, "0"),
      "客户" + i + "有限公司",
      REGIONS[i % 5],
      prospect ? "" : iso(first),
      prospect ? "" : iso(last),
      orders,
      sales,
      gp,
      cost,
    ]);
  }
  return { name: "客户档案", rows };
}

/** The generator's customers as a CSV file, written in blocks so that 10,000,000 never sit in memory. */
function writeCustomersCsv(n, file) {
  const fs = require("fs");
  const fd = fs.openSync(file, "w");
  const block = 200000;
  for (let start = 0; start < n; start += block) {
    const [header, ...rows] = generateCustomerSheet(Math.min(block, n - start), 29 + start).rows;
    // Each block numbers its customers from 0: renumber them so that ids stay unique across blocks.
    const renumbered = rows.map((r, i) => [
      `C${String(start + i).padStart(8, "0")}`,
      ...r.slice(1),
    ]);
    const lines = (start === 0 ? [header, ...renumbered] : renumbered).map((r) => r.join(","));
    fs.writeSync(fd, lines.join("\n") + "\n");
  }
  fs.closeSync(fd);
}

module.exports = { generateCustomerSheet, HEADERS, mulberry32, writeCustomersCsv };
