import * as path from "node:path";

/** A path as the user would write it: relative inside the working folder, absolute outside it. */
export function displayPath(full: string, cwd: string): string {
  const relative = path.relative(cwd, full);
  return relative.startsWith("..") || path.isAbsolute(relative) ? full : relative;
}
