"use strict";
// generateCustomerSheet's customers with the mess validation exists for, deterministically: repeated
// rows and ids, the same customer under another id, missing and blank ids, names with legal suffixes
// spelt other ways, phones and emails, unreadable and generously read values, Excel errors, future
// dates, orders 0 with dates, extra cells, short rows (ragged, as from a CSV) and blank rows.
const { generateCustomerSheet, mulberry32 } = require("./generate-customers");

const NAMES = [
  "ACME Co., Ltd.",
  "Acme Inc.",
  "ＡＣＭＥ",
  "acme",
  "Costco",
  "华为技术（有限公司）",
  "华为技术",
];

function phone(rnd, i) {
  if (rnd() < 0.5) return "138" + String(Math.floor(rnd() * 1e8)).padStart(8, "0");
  return rnd() < 0.5 ? "+86 138-0000-" + String(i % 97).padStart(4, "0") : null;
}

function email(rnd, i) {
  if (rnd() >= 0.5) return "bad@";
  return rnd() < 0.5 ? " Sales" + (i % 50) + "@Acme.com " : "sales" + (i % 50) + "@acme.com";
}

function generateMessySheet(n, seed, ragged) {
  const sheet = generateCustomerSheet(n, seed);
  const rnd = mulberry32(seed * 7 + 1);
  const rows = sheet.rows;
  rows[0] = [...rows[0], "联系电话", "电子邮箱", "备注"];
  const pick = () => 1 + Math.floor(rnd() * (rows.length - 1));
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (!ragged) r.push(phone(rnd, i), email(rnd, i), rnd() < 0.1 ? "x" : null);
    const u = rnd();
    if (u < 0.03) rows[i] = rows[pick()].slice();
    else if (u < 0.05) {
      const copy = rows[pick()].slice();
      copy[0] = "D" + i;
      rows[i] = copy;
    } else if (u < 0.06) r[0] = null;
    else if (u < 0.07) r[0] = "  ";
    else if (u < 0.08) r[1] = " " + r[1].replace("有限公司", " 有限 公司 ");
    else if (u < 0.09) r[1] = NAMES[i % NAMES.length];
    else if (u < 0.1) r[6] = "abc";
    else if (u < 0.11) r[6] = "1,234.5";
    else if (u < 0.12) r[7] = { error: "#N/A" };
    else if (u < 0.13) r[3] = "2024/3/5";
    else if (u < 0.14) r[4] = "2030-01-01";
    else if (u < 0.15) r[5] = 0;
    else if (u < 0.16) r.push(null, null, "extra " + i);
    else if (u < 0.17 && ragged) r.length = 3;
    else if (u < 0.18) rows[i] = [];
    else if (u < 0.19) r[2] = null;
    else if (u < 0.2) r[0] = 12345 + (i % 3);
  }
  return { ...sheet, ragged };
}

module.exports = { generateMessySheet };
