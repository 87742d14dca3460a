import type { Localized } from "../../i18n/lang";

export type FileReadErrorCode =
  | "empty-file"
  | "not-a-workbook"
  | "encrypted"
  | "corrupt"
  | "unsupported-type"
  | "not-found"
  | "too-large"
  | "unreadable";

/** Where in the file the problem is, when it is somewhere in particular. */
export interface FileErrorPlace {
  sheet?: string;
  row?: number;
  column?: string;
}

/** Extra facts a message may need. */
export interface FileErrorDetail extends FileErrorPlace {
  /** The underlying library's reason (never its stack). */
  reason?: string;
  /** The reason in both languages, when the host itself found what is wrong (preferred to `reason`). */
  reasons?: Localized;
  /** The file's extension as given, e.g. ".xls". */
  extension?: string;
  /** Size limit in bytes, for "too-large". */
  limit?: number;
}

/**
 * A file that cannot be read as a workbook. Faces print `messages[lang]` (never the stack) and
 * the CLI exits 2.
 */
export class FileReadError extends Error {
  readonly code: FileReadErrorCode;
  readonly file: string;
  readonly messages: Localized;
  readonly place: FileErrorPlace;

  constructor(code: FileReadErrorCode, file: string, detail: FileErrorDetail = {}) {
    const messages = fileErrorMessages(code, file, detail);
    super(messages["en-US"]);
    this.name = "FileReadError";
    this.code = code;
    this.file = file;
    this.messages = messages;
    this.place = { sheet: detail.sheet, row: detail.row, column: detail.column };
  }
}

/** True for a FileReadError, also across module copies (bundles) where instanceof fails. */
export function isFileReadError(error: unknown): error is FileReadError {
  return (
    error instanceof FileReadError ||
    (error instanceof Error && error.name === "FileReadError" && "messages" in error)
  );
}

function placeText(detail: FileErrorPlace): Localized {
  const zh: string[] = [];
  const en: string[] = [];
  if (detail.sheet !== undefined) {
    zh.push(`工作表“${detail.sheet}”`);
    en.push(`sheet "${detail.sheet}"`);
  }
  if (detail.row !== undefined) {
    zh.push(`第 ${detail.row} 行`);
    en.push(`row ${detail.row}`);
  }
  if (detail.column !== undefined) {
    zh.push(`${detail.column} 列`);
    en.push(`column ${detail.column}`);
  }
  return {
    "zh-CN": zh.length ? `（${zh.join("，")}）` : "",
    "en-US": en.length ? ` (${en.join(", ")})` : "",
  };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1_048_576)} MB`;
}

/** The message for each code in both languages, naming the file and, where known, the place. */
export function fileErrorMessages(
  code: FileReadErrorCode,
  file: string,
  detail: FileErrorDetail = {}
): Localized {
  const at = placeText(detail);
  const reason = detail.reason ? oneLine(detail.reason) : "";
  const reasonZh = detail.reasons ? oneLine(detail.reasons["zh-CN"]) : reason;
  const reasonEn = detail.reasons ? oneLine(detail.reasons["en-US"]) : reason;
  switch (code) {
    case "empty-file":
      return {
        "zh-CN": `文件“${file}”是空的（0 字节）。`,
        "en-US": `The file "${file}" is empty (0 bytes).`,
      };
    case "not-a-workbook":
      return {
        "zh-CN": `文件“${file}”不是 Excel 工作簿（.xlsx）。请在 Excel 中打开并另存为 .xlsx 或 .csv。`,
        "en-US": `The file "${file}" is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx or .csv.`,
      };
    case "encrypted":
      return {
        "zh-CN": `文件“${file}”设有密码，或是旧版 .xls 格式。请在 Excel 中打开，删除密码（文件 > 信息 > 保护工作簿 > 用密码进行加密，清空密码），或另存为 .xlsx 后再试。`,
        "en-US": `The file "${file}" is password-protected or in the old .xls format. Open it in Excel and remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), or save it as .xlsx, then try again.`,
      };
    case "corrupt":
      return {
        "zh-CN": `文件“${file}”${at["zh-CN"]}已损坏，无法读取${reasonZh ? `：${reasonZh}` : "。"}`,
        "en-US": `The file "${file}"${at["en-US"]} is damaged and cannot be read${reasonEn ? `: ${reasonEn}` : "."}`,
      };
    case "unsupported-type":
      return detail.extension?.toLowerCase() === ".xls"
        ? {
            "zh-CN": `文件“${file}”是旧版 .xls 格式，暂不支持。请在 Excel 中另存为 .xlsx 后再试。`,
            "en-US": `The file "${file}" is in the old .xls format, which is not supported. Save it as .xlsx in Excel and try again.`,
          }
        : {
            "zh-CN": `不支持文件“${file}”的类型${detail.extension ? `（${detail.extension}）` : ""}。请使用 .xlsx、.xlsm、.csv、.tsv 或 .txt 文件。`,
            "en-US": `The type of "${file}"${detail.extension ? ` (${detail.extension})` : ""} is not supported. Use an .xlsx, .xlsm, .csv, .tsv or .txt file.`,
          };
    case "not-found":
      return { "zh-CN": `找不到文件“${file}”。`, "en-US": `The file "${file}" was not found.` };
    case "too-large":
      return {
        "zh-CN": `文件“${file}”太大${detail.limit ? `（上限 ${megabytes(detail.limit)}）` : ""}。请拆分后再试，或另存为 .csv。`,
        "en-US": `The file "${file}" is too large${detail.limit ? ` (limit ${megabytes(detail.limit)})` : ""}. Split it, or save it as .csv, and try again.`,
      };
    case "unreadable":
      return {
        "zh-CN": `无法读取文件“${file}”${at["zh-CN"]}${reason ? `：${reason}` : "。"}`,
        "en-US": `The file "${file}"${at["en-US"]} cannot be read${reason ? `: ${reason}` : "."}`,
      };
  }
}

/** Library reasons can span lines or carry a stack; a message keeps only the first line. */
function oneLine(text: string): string {
  const first = text.split(/\r?\n/)[0].trim();
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

/** An unknown thrown value's reason, for a message. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
