"use strict";
/**
 * Runs the CLI from src/ in a process of its own (`node test/support/cli-child.js ARGS`), for tests
 * that must kill it at a chosen step (TIERSHEET_FAULT=step:kill) or run two at once. TypeScript is
 * turned into CommonJS file by file with the compiler the project has, so no build is needed.
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

// Transpiled files are kept by content hash, so only the first child of a test run pays for it.
const CACHE = path.join(os.tmpdir(), "tiersheet-cli-child-cache");
let ts = null;

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto.createHash("sha256").update(filename).update(source).digest("hex");
  const cached = path.join(CACHE, `${key}.js`);
  let outputText;
  try {
    outputText = fs.readFileSync(cached, "utf8");
  } catch {
    ts = ts || require("typescript");
    outputText = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
      fileName: filename,
    }).outputText;
    fs.mkdirSync(CACHE, { recursive: true });
    const temp = `${cached}.${process.pid}`;
    fs.writeFileSync(temp, outputText);
    fs.renameSync(temp, cached);
  }
  module._compile(outputText, filename);
};

const { main } = require("../../src/cli/main.ts");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
