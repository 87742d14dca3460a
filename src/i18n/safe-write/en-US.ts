/** Texts of the CLI's safe writes (src/cli/safe-write), en-US. zh-CN.ts has the same keys. */
export const enUS = {
  locked: (file: string, pid: number, started: string, lock: string) =>
    `${file} is being written by another TierSheet run (process ${pid}, started ${started}). Wait for it to finish, then run again; if no such run is going on, delete ${lock}.`,
  recovered: (file: string, pid: number | string, removed: string) =>
    `Note: an earlier TierSheet run on ${file} (process ${pid}) stopped before it finished. ${file} was never missing and is whole; removed what that run left behind: ${removed}.`,
  changedMeanwhile: (file: string, kept: string) =>
    `${file} changed while it was being refreshed (saved from Excel or another program). It was left exactly as saved, and the refreshed workbook was written to ${kept}; run refresh again to include the changes.`,
  notRegular: (path: string, kind: string) =>
    `Cannot write to ${path}: it is ${kind}. TierSheet writes only to a regular file or a new path.`,
  kinds: {
    directory: "a folder",
    characterDevice: "a device (character special file)",
    blockDevice: "a disk device (block special file)",
    fifo: "a named pipe (FIFO)",
    socket: "a socket",
    other: "not a regular file",
  },
  parentNotFolder: (path: string, parent: string) =>
    `Cannot write to ${path}: ${parent} is not a folder.`,
  nameTooLong: (path: string, bytes: number, limit: number) =>
    `Cannot write to ${path}: the name is ${bytes} bytes long, and the file system allows at most ${limit}. Choose a shorter name.`,
  noSpace: (path: string) =>
    `Cannot write ${path}: the disk is full (or the quota is used up). Free some space and run again.`,
  noPermission: (path: string, folder: string) =>
    `Cannot write ${path}: no permission to change ${folder} (it may be read-only, or marked immutable). Choose another folder with -o, or ask for write access.`,
  readOnly: (path: string) => `Cannot write ${path}: the disk or share is read-only.`,
  ioError: (path: string) =>
    `Cannot write ${path}: the disk reported an input/output error. Check the disk, then run again.`,
  otherFailure: (path: string, code: string, detail: string) =>
    `Cannot write ${path} (${code}): ${detail}`,
  unchanged: (file: string) => `${file} was not changed.`,
  backupNameTooLong: (file: string, backup: string) =>
    `Cannot refresh ${file}: its backup ${backup} would need a name longer than the file system allows. Rename the workbook to something shorter.`,
};

export type SafeWriteText = typeof enUS;
