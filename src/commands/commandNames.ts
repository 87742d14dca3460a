/** The ribbon's ExecuteFunction commands; manifest.xml names the same functions (test/manifest.test.ts checks). */
export const COMMAND_NAMES = ["check", "score", "refreshTiers"] as const;

/** One of the ribbon's function commands. */
export type CommandName = (typeof COMMAND_NAMES)[number];
