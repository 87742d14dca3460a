import type { SafeWriteText } from "./en-US";

/** Texts of the CLI's safe writes (src/cli/safe-write), zh-CN. */
export const zhCN: SafeWriteText = {
  locked: (file, pid, started, lock) =>
    `${file} 正由另一个 TierSheet 进程写入（进程 ${pid}，开始于 ${started}）。请等它结束后再运行；如果并没有这样的进程在运行，请删除 ${lock}。`,
  recovered: (file, pid, removed) =>
    `提示：此前对 ${file} 的一次 TierSheet 运行（进程 ${pid}）未完成就中止了。${file} 始终存在且完好；已删除那次运行留下的文件：${removed}。`,
  changedMeanwhile: (file, kept) =>
    `${file} 在刷新期间被修改（可能是从 Excel 或其他程序保存的）。该文件保持保存时的原样，刷新结果已写入 ${kept}；请再次运行 refresh 以包含这些修改。`,
  notRegular: (path, kind) => `无法写入 ${path}：它是${kind}。TierSheet 只写入普通文件或新路径。`,
  kinds: {
    directory: "文件夹",
    characterDevice: "设备（字符设备文件）",
    blockDevice: "磁盘设备（块设备文件）",
    fifo: "命名管道（FIFO）",
    socket: "套接字",
    other: "非普通文件",
  },
  parentNotFolder: (path, parent) => `无法写入 ${path}：${parent} 不是文件夹。`,
  nameTooLong: (path, bytes, limit) =>
    `无法写入 ${path}：文件名长 ${bytes} 字节，而文件系统最多允许 ${limit} 字节。请换一个更短的名字。`,
  noSpace: (path) => `无法写入 ${path}：磁盘已满（或配额已用完）。请释放空间后再运行。`,
  noPermission: (path, folder) =>
    `无法写入 ${path}：没有修改 ${folder} 的权限（它可能是只读的，或被设为不可修改）。请用 -o 选择其他文件夹，或申请写入权限。`,
  readOnly: (path) => `无法写入 ${path}：磁盘或共享是只读的。`,
  ioError: (path) => `无法写入 ${path}：磁盘报告了输入/输出错误。请检查磁盘后再运行。`,
  otherFailure: (path, code, detail) => `无法写入 ${path}（${code}）：${detail}`,
  unchanged: (file) => `${file} 没有被改动。`,
  backupNameTooLong: (file, backup) =>
    `无法刷新 ${file}：它的备份 ${backup} 的文件名会超过文件系统允许的长度。请把工作簿改成更短的名字。`,
};
