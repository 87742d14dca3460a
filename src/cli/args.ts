/**
 * A small argument parser: the CLI's options are few and fixed, and a dependency for them would
 * weigh more than this file.
 */
export interface ParsedArgs {
  command: string | null;
  positional: string[];
  options: Record<string, string | boolean>;
}

/** Options that take a value; every other `--name` is a flag. */
const VALUE_OPTIONS = new Set([
  "sheet",
  "template",
  "as-of",
  "lang",
  "kind",
  "rows",
  "seed",
  "o",
  "output",
  "settings",
  "lesson",
  "target",
  "period",
  "dialect",
  "source",
  "engine",
]);

export class ArgsError extends Error {
  constructor(
    readonly option: string,
    readonly problem: "needs-value" | "unknown"
  ) {
    super(`${problem}: --${option}`);
  }
}

/** Parses `validate FILE --sheet 客户档案 --json -o out.xlsx`; `--name=value` works too. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const match = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(arg);
    if (!match) {
      positional.push(arg);
      continue;
    }
    const name = match[1];
    if (match[2] !== undefined) {
      options[name] = match[2];
    } else if (VALUE_OPTIONS.has(name)) {
      const value = argv[i + 1];
      if (value === undefined) throw new ArgsError(name, "needs-value");
      options[name] = value;
      i++;
    } else {
      options[name] = true;
    }
  }
  return { command: positional.shift() ?? null, positional, options };
}
