/**
 * One guard for every long action in the pane (Check, Score, Refresh, writes, template sheets):
 * while one runs, any other call (the same button twice, or Score during a Manager refresh) gets
 * null at once and does not start. The flag is set synchronously, so a double click that beats the
 * re-render that disables the buttons is still refused.
 */
export interface BusyGuard<K extends string> {
  /** Runs `task` unless an action is under way; null when refused. */
  run: <R>(what: K, task: () => Promise<R>) => Promise<R | null>;
  /** The action under way, or null. */
  current: () => K | null;
}

/** A fresh pane-wide guard; `onChange` hears each start (the action) and end (null). */
export function busyGuard<K extends string>(onChange?: (what: K | null) => void): BusyGuard<K> {
  let current: K | null = null;
  return {
    current: () => current,
    run: async <R>(what: K, task: () => Promise<R>): Promise<R | null> => {
      if (current !== null) return null;
      current = what;
      onChange?.(what);
      try {
        return await task();
      } finally {
        current = null;
        onChange?.(null);
      }
    },
  };
}
