import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "../cli-error";
import { safeWriteText, type SafeWriteText } from "../../i18n/safe-write";
import { NAME_LIMIT, nameBytes, writeFailure } from "./write-failure";

function kindOf(stats: fs.Stats): keyof SafeWriteText["kinds"] | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return "directory";
  if (stats.isCharacterDevice()) return "characterDevice";
  if (stats.isBlockDevice()) return "blockDevice";
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  return "other";
}

/**
 * The path to write for `target`, refusing what is not a regular file or a new path: a folder, a
 * device (`-o /dev/full --force` as root replaced the device node), a named pipe, a socket; a name
 * longer than the file system allows; a parent that is not a folder. A symbolic link is followed,
 * so the file it points to is written and the link stays. `shown` is the path as the user wrote it.
 */
export function checkOutputTarget(target: string, shown: string): string {
  if (nameBytes(target) > NAME_LIMIT) {
    throw new CliError(safeWriteText((t) => t.nameTooLong(shown, nameBytes(target), NAME_LIMIT)));
  }
  let stats: fs.Stats;
  try {
    stats = fs.statSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return newPath(target, shown);
    throw writeFailure(error, shown);
  }
  const kind = kindOf(stats);
  if (kind !== null) throw new CliError(safeWriteText((t) => t.notRegular(shown, t.kinds[kind])));
  return fs.realpathSync(target);
}

/** A path that does not exist yet: its nearest existing ancestor must be a folder. */
function newPath(target: string, shown: string): string {
  // A dangling symbolic link would make the rename replace the link: write where it points instead.
  try {
    if (fs.lstatSync(target).isSymbolicLink()) {
      return path.resolve(path.dirname(target), fs.readlinkSync(target));
    }
  } catch {
    // No link either: a plain new path.
  }
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    try {
      if (!fs.statSync(dir).isDirectory()) {
        throw new CliError(safeWriteText((t) => t.parentNotFolder(shown, dir)));
      }
      return target;
    } catch (error) {
      if (error instanceof CliError) throw error;
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || dir === path.dirname(dir)) {
        throw writeFailure(error, shown);
      }
    }
  }
}
