import { ArgsError, parseArgs } from "./args";
import { CliError } from "./cli-error";
import { langOption } from "./common-options";
import { cliText } from "../i18n/cli";
import { FileReadError } from "../hosts/file/file-error";
import { isPlanApplyError } from "../hosts/file/plan/plan-apply-error";
import type { Lang } from "../i18n/lang";
import type { CliIo } from "./io";
import { processIo } from "./io";
import { escapeControls } from "./format/escape-controls";

type Command = (args: ReturnType<typeof parseArgs>, io: CliIo, lang: Lang) => Promise<number>;

// Each command is loaded when it runs: `score FILE.csv --json` then never loads ExcelJS (a third of a
// second at every start).
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./commands/validate")).runValidate,
  sample: async () => (await import("./commands/sample")).runSample,
  score: async () => (await import("./commands/score")).runScore,
  refresh: async () => (await import("./commands/refresh")).runRefresh,
  demo: async () => (await import("./commands/demo")).runDemo,
  fit: async () => (await import("./commands/fit")).runFit,
  sql: async () => (await import("./commands/sql")).runSql,
};

/** Runs the CLI; resolves to the exit code. Every failure the user can meet ends in a message, not a trace. */
export async function main(argv: readonly string[], given: CliIo = processIo()): Promise<number> {
  // Cell text reaches the terminal in findings and messages: no control character gets through raw.
  const io: CliIo = {
    ...given,
    out: (text) => given.out(escapeControls(text)),
    err: (text) => given.err(escapeControls(text)),
  };
  let lang: Lang = "en-US";
  try {
    const args = parseArgs(argv);
    lang = langOption(args, io.env);
    if (args.command === null || args.command === "help" || args.options.help || args.options.h) {
      io.out(cliText(lang).usage + "\n");
      return args.command === null && !args.options.help && !args.options.h ? 2 : 0;
    }
    const load = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
    if (!load) {
      io.err(cliText(lang).unknownCommand(args.command) + "\n");
      return 2;
    }
    const command = await load();
    return await command(args, io, lang);
  } catch (error) {
    return reportFailure(error, io, lang);
  }
}

function reportFailure(error: unknown, io: CliIo, lang: Lang): number {
  const text = cliText(lang);
  if (error instanceof CliError || error instanceof FileReadError || isPlanApplyError(error)) {
    io.err(error.messages[lang] + "\n");
    return 2;
  }
  if (error instanceof ArgsError) {
    io.err(
      (error.problem === "needs-value" ? text.optionNeedsValue : text.unknownOption)(error.option) +
        "\n"
    );
    return 2;
  }
  // A bug of ours: still no stack trace for the user, but the detail they can report.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.err(text.internalError(detail) + "\n");
  if (io.env.TIERSHEET_DEBUG && error instanceof Error && error.stack) io.err(error.stack + "\n");
  return 2;
}
