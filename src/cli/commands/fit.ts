import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { cliText } from "../../i18n/cli";

type FitCommand = (args: ParsedArgs, io: CliIo, lang: Lang) => Promise<number>;

// Each model's fit is loaded when it runs, as main.ts loads commands.
const FITS: Record<string, () => Promise<FitCommand>> = {
  clv: async () => (await import("./fit-clv")).runFitClv,
  scorecard: async () => (await import("./fit-scorecard")).runFitScorecard,
};

/**
 * `tiersheet fit MODEL FILE ...`: fits a model on the user's data. The model's own command gets the
 * arguments after MODEL; an unknown or missing model gets the usage of `fit`.
 */
export async function runFit(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  const model = args.positional[0];
  const load = model !== undefined && Object.hasOwn(FITS, model) ? FITS[model] : undefined;
  if (!load) {
    io.err(cliText(lang).fitUsage(model ?? null) + "\n");
    return 2;
  }
  return (await load())({ ...args, positional: args.positional.slice(1) }, io, lang);
}
