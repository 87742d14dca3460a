#!/usr/bin/env node
"use strict";
/* global window, document */ // only inside page.evaluate callbacks, which run in the browser
// Browser tests of the built add-in (dist/, from `npm run build`), in Debian's Chromium through
// playwright-core. The pages are served from 127.0.0.1; every request to any other host is blocked
// (Office.js included, unless a test serves a stand-in for it), so nothing leaves the machine.
// Add a test: push { name, run } onto TESTS; `run(t)` gets the helpers below and throws to fail.
// Usage: npm run test:e2e [-- name-filter]
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PANE_VIEWPORT = { width: 360, height: 560 }; // about the width Excel gives a task pane
const TEST_TIMEOUT_MS = 30000;

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves dist/ on 127.0.0.1 at a free port; resolves to { origin, close }. */
function serveDist() {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(DIST, pathname === "/" ? "taskpane.html" : pathname);
    const inside = file.startsWith(DIST + path.sep);
    if (req.method !== "GET" || !inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(req.method === "GET" ? 404 : 405).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] || "application/octet-stream";
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/** Scripts standing in for Office.js, served at its CDN address when a test asks. */
const FAKE_OFFICE = {
  /** Office.onReady answers: inside Excel, with Office's UI language. */
  excel: (displayLanguage) => `
    window.__associated = [];
    window.Office = {
      onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
      context: { displayLanguage: ${JSON.stringify(displayLanguage)} },
      actions: { associate: function (name) { window.__associated.push(name); } },
      addin: {},
    };`,
  /** Office.js loaded but Office.onReady never answers (blocked host files, a hung host). */
  silent: () => `
    window.Office = { onReady: function () { return new Promise(function () {}); } };`,
};

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * A fresh browser context with the given locale. Requests to 127.0.0.1 go through; Office.js gets
 * `officeJs` when given; everything else is aborted and listed in `blocked`. `problems` collects
 * page errors and CSP refusals, which no test tolerates.
 */
async function openContext(browser, origin, { locale = "en-US", officeJs } = {}) {
  const context = await browser.newContext({ locale, viewport: PANE_VIEWPORT });
  const blocked = [];
  const problems = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/")) return route.continue();
    if (officeJs && url === OFFICE_JS) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const open = async (page) => {
    const p = await context.newPage();
    p.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    p.on("console", (msg) => {
      if (msg.type() === "error" && /Content Security Policy|Refused to/i.test(msg.text())) {
        problems.push(`CSP: ${msg.text()}`);
      }
    });
    await p.goto(`${origin}/${page}`);
    return p;
  };
  return { context, blocked, problems, open };
}

/** Waits for the pane to settle in `mode` and returns what it shows. */
async function paneShows(page, mode, timeout = 10000) {
  await page.waitForSelector(`[data-testid="run-mode"][data-mode="${mode}"]`, { timeout });
  return page.evaluate(() => ({
    title: document.querySelector("h1")?.textContent ?? "",
    description: document.querySelector("main p")?.textContent ?? "",
    mode: document.querySelector('[data-testid="run-mode"]')?.textContent ?? "",
    lang: document.documentElement.lang,
  }));
}

async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  await page.screenshot({ path: file });
  return path.relative(ROOT, file);
}

function assertClean(ctx, { officeBlocked }) {
  assert(ctx.problems.length === 0, ctx.problems.join("\n"));
  const others = ctx.blocked.filter((u) => u !== OFFICE_JS);
  assert(others.length === 0, `unexpected requests off the machine: ${others.join(", ")}`);
  if (officeBlocked) assert(ctx.blocked.includes(OFFICE_JS), "the pane never asked for Office.js");
}

const TESTS = [
  {
    name: "pane starts in browser mode without Office.js (en-US)",
    run: async (t) => {
      const ctx = await t.openContext({ locale: "en-US" });
      const page = await ctx.open("taskpane.html");
      const shown = await paneShows(page, "browser");
      assert(shown.title === "TierSheet", `title: ${shown.title}`);
      assert(/tier customers and score credit/.test(shown.description), shown.description);
      assert(/Browser mode/.test(shown.mode), `mode: ${shown.mode}`);
      assert(shown.lang === "en-US", `lang: ${shown.lang}`);
      t.note(await screenshot(page, "pane-en-US.png"));
      assertClean(ctx, { officeBlocked: true });
    },
  },
  {
    name: "pane speaks Chinese in a zh-CN browser",
    run: async (t) => {
      const ctx = await t.openContext({ locale: "zh-CN" });
      const page = await ctx.open("taskpane.html");
      const shown = await paneShows(page, "browser");
      assert(shown.title === "TierSheet", `title: ${shown.title}`);
      assert(/校验客户档案/.test(shown.description), shown.description);
      assert(/浏览器模式/.test(shown.mode), `mode: ${shown.mode}`);
      assert(shown.lang === "zh-CN", `lang: ${shown.lang}`);
      t.note(await screenshot(page, "pane-zh-CN.png"));
      assertClean(ctx, { officeBlocked: true });
    },
  },
  {
    name: "pane says it runs inside Excel, in Office's language, when Office.js answers",
    run: async (t) => {
      const ctx = await t.openContext({ locale: "en-US", officeJs: FAKE_OFFICE.excel("zh-CN") });
      const page = await ctx.open("taskpane.html");
      const shown = await paneShows(page, "excel");
      assert(/Excel/.test(shown.mode) && shown.lang === "zh-CN", JSON.stringify(shown));
      assertClean(ctx, { officeBlocked: false });
    },
  },
  {
    name: "pane falls back to browser mode when Office.onReady never answers",
    run: async (t) => {
      const ctx = await t.openContext({ officeJs: FAKE_OFFICE.silent() });
      const page = await ctx.open("taskpane.html");
      // Rendered at once, before Office has answered anything.
      await paneShows(page, "starting", 2000);
      await paneShows(page, "browser", 10000);
      assertClean(ctx, { officeBlocked: false });
    },
  },
  {
    name: "commands page associates the ribbon functions, and stays quiet without Office.js",
    run: async (t) => {
      const withOffice = await t.openContext({ officeJs: FAKE_OFFICE.excel("en-US") });
      const page = await withOffice.open("commands.html");
      await page.waitForFunction(() => (window.__associated || []).length > 0);
      const names = await page.evaluate(() => window.__associated);
      assert(names.join() === "check,score,refreshTiers", `associated: ${names}`);
      assertClean(withOffice, { officeBlocked: false });

      const without = await t.openContext({});
      const quiet = await without.open("commands.html");
      await quiet.waitForLoadState("load");
      assertClean(without, { officeBlocked: true });
    },
  },
  {
    name: "help page (the manifest's SupportUrl) opens with nothing refused",
    run: async (t) => {
      const ctx = await t.openContext({ locale: "zh-CN" });
      const page = await ctx.open("help.html");
      const text = await page.textContent("body");
      assert(/TierSheet/.test(text) && /客户档案/.test(text), "help text missing");
      assert((await page.$$("script")).length === 0, "help.html has a script");
      assertClean(ctx, { officeBlocked: false });
    },
  },
];

/** Runs `promise` but gives up after `ms`. */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const filter = process.argv[2];
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.error("e2e: dist/taskpane.html is missing; run `npm run build` first.");
    return 1;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`e2e: no Chromium at ${CHROMIUM}; install Debian's: apt-get install chromium`);
    return 1;
  }
  const server = await serveDist();
  // A plain launch gives every run a fresh temporary profile.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const test of TESTS.filter((x) => !filter || x.name.includes(filter))) {
      const contexts = [];
      const notes = [];
      const t = {
        openContext: async (options) => {
          const ctx = await openContext(browser, server.origin, options);
          contexts.push(ctx.context);
          return ctx;
        },
        note: (text) => notes.push(text),
      };
      try {
        await withTimeout(test.run(t), TEST_TIMEOUT_MS, test.name);
        passed++;
        console.log(`ok   ${test.name}${notes.length ? ` (${notes.join(", ")})` : ""}`);
      } catch (err) {
        failed++;
        console.log(
          `FAIL ${test.name}\n     ${String(err && err.message)
            .split("\n")
            .join("\n     ")}`
        );
      } finally {
        await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    console.log("e2e: 0 passed, 1 failed");
    process.exitCode = 1;
  }
);
