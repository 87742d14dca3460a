import { COMMAND_NAMES, CommandName } from "./commandNames";
/** The event Office passes to a function command; it must be completed, or Excel shows a spinner. */
export interface CommandEvent {
  completed(): void;
}

/** The part of Office.actions used here. */
export interface ActionRegistry {
  associate(actionId: string, action: (event: CommandEvent) => void): void;
}

/** Associates every ribbon function named in manifest.xml with `run`, which gets the command's name. */
export function registerCommands(
  actions: ActionRegistry,
  run: (name: CommandName, event: CommandEvent) => void | Promise<void>
): void {
  for (const name of COMMAND_NAMES) {
    actions.associate(name, (event) => void run(name, event));
  }
}
