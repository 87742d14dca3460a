import { COMMAND_NAMES } from "./commandNames";
import type { CommandEvent } from "./registerCommands";
import { registerCommands } from "./registerCommands";

describe("registerCommands", () => {
  it("associates each command name with a function that runs it by name", () => {
    const associated = new Map<string, (event: CommandEvent) => void>();
    const ran: string[] = [];
    registerCommands({ associate: (id, action) => associated.set(id, action) }, (name) => {
      ran.push(name);
    });
    expect([...associated.keys()]).toEqual([...COMMAND_NAMES]);
    associated.get("score")?.({ completed: () => undefined });
    associated.get("refreshTiers")?.({ completed: () => undefined });
    expect(ran).toEqual(["score", "refreshTiers"]);
  });
});
