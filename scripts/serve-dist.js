#!/usr/bin/env node
"use strict";
// Serves the built pane (dist/) over plain http on this machine only (127.0.0.1): browser mode for
// people without Excel needs no certificate and no admin rights. `npm run web` builds, then runs this.
// The browser tests use serveDist() to serve the same files the same way.
const fs = require("fs");
const http = require("http");
const path = require("path");

const DIST = path.resolve(__dirname, "..", "dist");
const DEFAULT_PORT = 3001;
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `dist` on 127.0.0.1 at `port` (0: a free one); resolves to { origin, close }. */
function serveDist(port = 0, dist = DIST) {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(dist, pathname === "/" ? "taskpane.html" : pathname);
    const inside = file.startsWith(dist + path.sep);
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
    server.listen(port, "127.0.0.1", () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

module.exports = { serveDist };

if (require.main === module) {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.error("dist/taskpane.html is missing: run `npm run build` first (`npm run web` does).");
    process.exit(2);
  }
  const port = Number(process.env.PORT || DEFAULT_PORT);
  serveDist(port).then(
    ({ origin }) => {
      console.log(
        `TierSheet in browser mode: ${origin}/taskpane.html (this machine only; Ctrl+C stops)`
      );
    },
    (err) => {
      console.error(
        err && err.code === "EADDRINUSE"
          ? `Port ${port} is in use: run with PORT=another-port npm run web`
          : `Could not serve dist/: ${err && err.message}`
      );
      process.exit(2);
    }
  );
}
