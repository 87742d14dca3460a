import type { Localized } from "../../../i18n/lang";

/**
 * What is wrong with one part of a package, in words, in both languages. The reader turns it into
 * a FileReadError ("corrupt") naming the file, and the sheet where there is one.
 */
export class PartError extends Error {
  readonly part: string;
  readonly reasons: Localized;

  constructor(part: string, reasons: Localized) {
    super(`${part}: ${reasons["en-US"]}`);
    this.name = "PartError";
    this.part = part;
    // The archive itself (part "") has no part to name.
    this.reasons =
      part === ""
        ? reasons
        : {
            "zh-CN": `部件 ${part}：${reasons["zh-CN"]}`,
            "en-US": `the part ${part}: ${reasons["en-US"]}`,
          };
  }
}
