import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { cliText } from "../../i18n/cli";

type FitCommand = (args: ParsedArgs, io: CliIo, lang: Lang) => Promise<number>;

// Each model's fitting code is loaded when it runs, as main.ts loads the commands.
const MODELS: Record<string, () => Promise<FitCommand>> = {
  scorecard: async () => (await import("./fit-scorecard")).runFitScorecard,
};

/**
 * `tiersheet fit MODEL FILE ...`: fits a model on a file's outcomes. The first positional argument
 * names the model; the rest, with the options, go to that model's command.
 */
export async function runFit(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  const [model, ...rest] = args.positional;
  const load = model !== undefined && Object.hasOwn(MODELS, model) ? MODELS[model] : undefined;
  if (!load) {
    const text = cliText(lang);
    io.err(
      (model === undefined ? "" : text.unknownFitCommand(model) + "\n") + text.fitUsage + "\n"
    );
    return 2;
  }
  return (await load())({ ...args, positional: rest }, io, lang);
}
