import * as path from "node:path";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { runScore } from "./score";

/** The bundled sample, relative to the package root. */
export const DEMO_FILE = path.join("examples", "customers.xlsx");
/** Where the demo writes the scored workbook (ignored by git). */
export const DEMO_OUTPUT = path.join("examples", "out", "customers.scored.xlsx");
/** The sample's as-of date, so the demo prints the same figures on any day. */
export const DEMO_AS_OF = "2026-11-01";

/** `npm run demo`: checks and scores the bundled sample, writes the scored workbook and prints the summary. */
export async function runDemo(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  const root = path.resolve(__dirname, "..", "..", "..");
  const file = path.join(root, DEMO_FILE);
  return runScore(
    {
      command: "score",
      positional: [file],
      options: {
        "as-of": DEMO_AS_OF,
        o: path.join(root, DEMO_OUTPUT),
        force: true,
        ...pickLang(args),
      },
    },
    io,
    lang
  );
}

function pickLang(args: ParsedArgs): Record<string, string> {
  return typeof args.options.lang === "string" ? { lang: args.options.lang } : {};
}
