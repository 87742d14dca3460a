import type { Localized } from "../../../i18n/lang";

const quoted = (names: string[], open: string, close: string) =>
  names.map((n) => `${open}${n}${close}`);

/** A refresh stops: sheets look like the add-in's output but cannot be confirmed as such. */
export function cannotTellMessage(sheets: string[]): Localized {
  return {
    "zh-CN":
      `无法确认工作表${quoted(sheets, "“", "”").join("、")}是否为 TierSheet 的输出（其标记已丢失或不一致），` +
      `因此未写入任何内容。若不再需要它，请删除或重命名后再试；它不会被当作数据读取。`,
    "en-US":
      `Cannot tell whether sheet${sheets.length > 1 ? "s" : ""} ${quoted(sheets, '"', '"').join(", ")} ` +
      `${sheets.length > 1 ? "are" : "is"} TierSheet's output (its marker is gone or contradicts another sheet), ` +
      `so nothing was written. Delete or rename it if it is no longer needed, then try again; it is never read as data.`,
  };
}

/** Text typed into the add-in's sheet was moved to a sheet of its own before the sheet was replaced. */
export function keptTextMessage(from: string, to: string, addresses: string[]): Localized {
  const shown = addresses.slice(0, 5).join(", ") + (addresses.length > 5 ? ", ..." : "");
  return {
    "zh-CN": `工作表“${from}”中有 ${addresses.length} 个单元格（${shown}）不是 TierSheet 写入的，已原样移到工作表“${to}”。`,
    "en-US": `${addresses.length} cell${addresses.length > 1 ? "s" : ""} (${shown}) on sheet "${from}" were not written by TierSheet; they were moved, unchanged, to sheet "${to}".`,
  };
}
