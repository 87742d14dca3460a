/**
 * Wraps an async task so that a second call while it runs does not start it again: the second
 * caller gets null at once (the button is disabled too, but a double click can beat a re-render).
 */
export function runOnce<A extends unknown[], R>(
  task: (...args: A) => Promise<R>
): { run: (...args: A) => Promise<R | null>; running: () => boolean } {
  let busy = false;
  return {
    running: () => busy,
    run: async (...args: A) => {
      if (busy) return null;
      busy = true;
      try {
        return await task(...args);
      } finally {
        busy = false;
      }
    },
  };
}
