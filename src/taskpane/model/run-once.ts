import { busyGuard } from "./busy-guard";

/**
 * Wraps an async task so that a second call while it runs does not start it again: the second
 * caller gets null at once (the button is disabled too, but a double click can beat a re-render).
 * One task's guard; the pane shares one busyGuard across all its long actions.
 */
export function runOnce<A extends unknown[], R>(
  task: (...args: A) => Promise<R>
): { run: (...args: A) => Promise<R | null>; running: () => boolean } {
  const guard = busyGuard<"run">();
  return {
    running: () => guard.current() !== null,
    run: (...args: A) => guard.run("run", () => task(...args)),
  };
}
