import * as path from "node:path";
import { CliError } from "../cli-error";
import { safeWriteText } from "../../i18n/safe-write";
import type { Localized } from "../../i18n/lang";

/** The most bytes a file name may have on the file systems TierSheet meets (ext4, NTFS, APFS). */
export const NAME_LIMIT = 255;

export function nameBytes(file: string): number {
  return Buffer.byteLength(path.basename(file), "utf8");
}

function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * A file-system failure while writing `shown` (the path as the user wrote it) in words, with what
 * it means and what to do: a full disk, a name too long, a folder without permission or marked
 * immutable (EPERM), a read-only disk, an I/O error. `unchanged` names the user's file when the
 * failure left it as it was, so the message says so. Anything else keeps its system code and text,
 * never a JavaScript error's name.
 */
export function writeFailure(error: unknown, shown: string, unchanged?: string): CliError {
  if (error instanceof CliError) return error;
  const code = errnoCode(error);
  let message: Localized;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      message = safeWriteText((t) => t.noSpace(shown));
      break;
    case "ENAMETOOLONG":
      message = safeWriteText((t) => t.nameTooLong(shown, nameBytes(shown), NAME_LIMIT));
      break;
    case "EACCES":
    case "EPERM":
      message = safeWriteText((t) => t.noPermission(shown, path.dirname(shown) || "."));
      break;
    case "EROFS":
      message = safeWriteText((t) => t.readOnly(shown));
      break;
    case "EIO":
      message = safeWriteText((t) => t.ioError(shown));
      break;
    case "ENOTDIR":
      message = safeWriteText((t) => t.parentNotFolder(shown, path.dirname(shown)));
      break;
    default: {
      const raw = error instanceof Error ? error.message : String(error);
      // Node's text starts with the code and ends with the syscall's paths: keep the reason only.
      const detail = raw.replace(/^[A-Z0-9]+: /, "").replace(/, \w+ '.*$/, "");
      message = safeWriteText((t) => t.otherFailure(shown, code ?? "error", detail));
    }
  }
  if (unchanged === undefined) return new CliError(message);
  const tail = safeWriteText((t) => t.unchanged(unchanged));
  return new CliError({
    "zh-CN": `${message["zh-CN"]} ${tail["zh-CN"]}`,
    "en-US": `${message["en-US"]} ${tail["en-US"]}`,
  });
}
