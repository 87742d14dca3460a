"use strict";
// Names what the page's main thread was busy with, from a CDP CPU profile (Profiler domain) of the
// built pane. The longtask observer gives only durations; this splits the profile's samples into
// busy stretches (a stretch ends where the thread goes idle) and, for each one over a threshold,
// lists the functions it spent its time in, named from the bundle's source maps (the production
// build is minified). A stretch can hold several tasks run back to back (a profile cannot tell them
// apart; scripts/trace-long-tasks.js can), so its length is an upper bound of the longest task in
// it. Used by test/e2e/run.js with TIERSHEET_E2E_PROFILE=1; measuring only, never shipped.
const fs = require("fs");
const path = require("path");

/** A source-map lookup per bundle file in `dist`, made on first use; null when there is no map. */
function sourceNamer(dist) {
  let SourceMapConsumer = null;
  try {
    ({ SourceMapConsumer } = require("source-map"));
  } catch {
    // Without the package, bundle names and positions are printed as they are.
  }
  const consumers = new Map();
  const consumerOf = (file) => {
    if (!consumers.has(file)) {
      const map = path.join(dist, file + ".map");
      consumers.set(
        file,
        SourceMapConsumer && fs.existsSync(map)
          ? new SourceMapConsumer(JSON.parse(fs.readFileSync(map, "utf8")))
          : null
      );
    }
    return consumers.get(file);
  };
  return (frame) => {
    const file = frame.url.split("/").pop();
    const name = frame.functionName || "(anonymous)";
    if (!file) return name;
    const consumer = consumerOf(file);
    if (!consumer) return `${name} (${file}:${frame.lineNumber + 1})`;
    const at = consumer.originalPositionFor({
      line: frame.lineNumber + 1,
      column: frame.columnNumber,
    });
    if (!at.source) return `${name} (${file}:${frame.lineNumber + 1})`;
    const source = at.source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
    const short = source.replace(/^node_modules\//, "~");
    return `${at.name || name} (${short}:${at.line})`;
  };
}

/**
 * The profile's samples as busy stretches: runs of samples not in "(idle)", each with its start and length
 * (microseconds from the profile's start), its self time per function and its time per function
 * anywhere on the stack.
 */
function profileTasks(profile, name) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const names = new Map();
  const nameOf = (id) => {
    if (!names.has(id)) names.set(id, name(byId.get(id).callFrame));
    return names.get(id);
  };
  const tasks = [];
  let task = null;
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] || 0;
    // A sample stands for the time until the next one.
    const dt = profile.timeDeltas[i + 1] || 0;
    const id = profile.samples[i];
    const fn = byId.get(id).callFrame.functionName;
    if (fn === "(idle)") {
      if (task) tasks.push(task);
      task = null;
      continue;
    }
    if (!task) task = { start: t, length: 0, self: new Map(), total: new Map() };
    task.length += dt;
    const own = nameOf(id);
    task.self.set(own, (task.self.get(own) || 0) + dt);
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const key = nameOf(n);
      if (key === "(root)" || seen.has(key)) continue;
      seen.add(key);
      task.total.set(key, (task.total.get(key) || 0) + dt);
    }
  }
  if (task) tasks.push(task);
  return tasks;
}

const ms = (us) => Math.round(us / 1000);
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, us]) => `${key} ${ms(us)}`);

/**
 * One line per busy stretch longer than `overMs`, longest first: its length, where its time went
 * (self) and the functions it was inside of (total), in ms.
 */
function describeLongTasks(profile, { dist, overMs = 50, limit = 12 } = {}) {
  const tasks = profileTasks(profile, sourceNamer(dist));
  return tasks
    .filter((x) => x.length >= overMs * 1000)
    .sort((a, b) => b.length - a.length)
    .slice(0, limit)
    .map(
      (x) =>
        `busy ${ms(x.length)} ms at +${ms(x.start)} ms\n` +
        `    self: ${top(x.self, 6).join(", ")}\n` +
        `    inside: ${top(x.total, 14).join(", ")}`
    );
}

module.exports = { describeLongTasks, profileTasks };

// node scripts/main-thread-tasks.js PROFILE.cpuprofile [DIST]: the same report from a saved profile.
if (require.main === module) {
  const [file, dist = path.resolve(__dirname, "..", "dist")] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node scripts/main-thread-tasks.js PROFILE.cpuprofile [DIST]");
    process.exitCode = 2;
  } else {
    const profile = JSON.parse(fs.readFileSync(file, "utf8"));
    console.log(describeLongTasks(profile, { dist }).join("\n"));
  }
}
