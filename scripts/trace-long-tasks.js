"use strict";
// Names what each long task on the page's main thread was, from a Chromium performance trace
// (playwright's browser.startTracing). A CPU profile cannot tell tasks apart when they run back to
// back and shows style, layout and message deserialising as "(program)"; the trace has each task
// (RunTask) with its length and the events inside it. Used by test/e2e/run.js with
// TIERSHEET_E2E_TRACE=FILE; measuring only, never shipped.
const fs = require("fs");
const path = require("path");

/** The categories recorded: tasks, what ran in them (scripts, messages, style, layout, GC). */
const TRACE_CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8",
  "v8.execute",
  "blink",
  "disabled-by-default-v8.gc",
  "blink.user_timing",
];

/** An event's name, with what it ran when the trace says (a script's function, an event's type). */
function eventName(e) {
  const data = (e.args && e.args.data) || {};
  if (e.name === "FunctionCall" && data.functionName) {
    const file = String(data.url || "")
      .split("/")
      .pop();
    return `FunctionCall ${data.functionName}${file ? ` (${file}:${data.lineNumber})` : ""}`;
  }
  if (e.name === "EventDispatch" && data.type) return `EventDispatch ${data.type}`;
  if (e.name === "TimerFire") return "TimerFire";
  return e.name;
}

/**
 * The main-thread tasks longer than `overMs` in a trace, longest first, each with its length and
 * the time of every event inside it (by name, nested time included, the task itself left out).
 */
function longTasks(trace, { overMs = 50 } = {}) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`)
  );
  const onMain = events.filter((e) => e.ph === "X" && mains.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter(
    (e) =>
      (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.dur >= overMs * 1000
  );
  // A task run inside another (nested message loops) is counted as part of the outer one.
  const outer = tasks.filter(
    (t) =>
      !tasks.some(
        (o) =>
          o !== t &&
          o.tid === t.tid &&
          o.ts <= t.ts &&
          o.ts + o.dur >= t.ts + t.dur &&
          (o.ts < t.ts || o.dur > t.dur || tasks.indexOf(o) < tasks.indexOf(t))
      )
  );
  const first = Math.min(...onMain.map((e) => e.ts));
  // performance.mark()s the test set (its phases): each task is placed after the last one before it.
  const marks = events
    .filter((e) => e.cat === "blink.user_timing" && mains.has(`${e.pid}:${e.tid}`) && e.ph !== "M")
    .sort((a, b) => a.ts - b.ts);
  const placed = (ts) => {
    const mark = marks.filter((m) => m.ts <= ts).pop();
    return mark
      ? `${mark.name}+${Math.round((ts - mark.ts) / 1000)}`
      : `+${Math.round((ts - first) / 1000)}`;
  };
  return outer
    .sort((a, b) => b.dur - a.dur)
    .map((task) => {
      const inside = new Map();
      for (const e of onMain) {
        if (e === task || e.pid !== task.pid || e.tid !== task.tid) continue;
        if (e.ts < task.ts || e.ts + (e.dur || 0) > task.ts + task.dur) continue;
        if (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") continue;
        const key = eventName(e);
        inside.set(key, (inside.get(key) || 0) + (e.dur || 0));
      }
      return { at: task.ts - first, where: placed(task.ts), length: task.dur, inside };
    });
}

/** One line per long task: its length, when, and the 10 longest kinds of event inside it (ms). */
function describeTraceTasks(trace, options = {}) {
  const ms = (us) => Math.round(us / 1000);
  return longTasks(trace, options)
    .slice(0, options.limit || 15)
    .map(
      (x) =>
        `task ${ms(x.length)} ms at ${x.where} ms: ` +
        [...x.inside]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 10)
          .map(([name, us]) => `${name} ${ms(us)}`)
          .join(", ")
    );
}

module.exports = { TRACE_CATEGORIES, describeTraceTasks, longTasks };

// node scripts/trace-long-tasks.js TRACE.json: the same report from a saved trace.
if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node scripts/trace-long-tasks.js TRACE.json");
    process.exitCode = 2;
  } else {
    const trace = JSON.parse(fs.readFileSync(path.resolve(file), "utf8"));
    console.log(describeTraceTasks(trace).join("\n"));
  }
}
