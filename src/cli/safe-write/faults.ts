/** The steps of a safe write, in the order they run, where a test can make one fail or stop. */
export const WRITE_STEPS = [
  "lock",
  "write",
  "fsync",
  "check",
  "backup",
  "rename-backup",
  "rename",
  "unlock",
] as const;
export type WriteStep = (typeof WRITE_STEPS)[number];

/** Called just before each step; throws (or never returns) where a fault is planted. */
export type Faults = (step: WriteStep) => void;

export const NO_FAULTS: Faults = () => undefined;

/**
 * Faults planted by TIERSHEET_FAULT, for the tests that prove no step loses a file:
 * "rename:ENOSPC" makes the final rename fail with that error code, "write:kill" ends the process
 * with SIGKILL just before the write, as a power cut or an OOM kill would. Several are separated by
 * commas. Without the variable nothing is planted.
 */
export function faultsFrom(env: NodeJS.ProcessEnv): Faults {
  const spec = env.TIERSHEET_FAULT;
  if (!spec) return NO_FAULTS;
  const planted = new Map<string, string>();
  for (const item of spec.split(",")) {
    const [step, action] = item.split(":");
    if (step && action) planted.set(step.trim(), action.trim());
  }
  return (step) => {
    const action = planted.get(step);
    if (action === undefined) return;
    if (action === "kill") process.kill(process.pid, "SIGKILL");
    const error = new Error(`${action}: fault planted at ${step}`) as NodeJS.ErrnoException;
    error.code = action;
    throw error;
  };
}
