import { excelSerialFromDay, isoFromDay, type Day } from "../day";
import type { SnapshotRow } from "../history/snapshot";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { madeRows } from "./plan-rows";
import { FORMATS, type PlanSheet } from "./workbook-plan";

/**
 * The history sheet: every snapshot, oldest first, one row per customer per refresh. `leftOut`: the
 * dates of older snapshots that no longer fit (newestSnapshots), named beside the header.
 */
export function buildHistorySheet(
  history: readonly SnapshotRow[],
  lang: Lang,
  leftOut: readonly Day[] = []
): PlanSheet {
  const text = planText(lang);
  let snapshots = 0;
  for (let i = 0; i < history.length; i++)
    if (i === 0 || history[i].date !== history[i - 1].date) snapshots++;
  const header = text.history.header;
  return {
    key: "history",
    name: text.sheets.history,
    tables: [
      {
        name: "history_snapshots",
        row: 1,
        column: 1,
        header,
        // Made when written: a row per customer per refresh.
        rows: madeRows(history.length, (i) => {
          const r = history[i];
          return [
            excelSerialFromDay(r.date),
            r.customerId,
            r.name,
            r.abc,
            r.pyramid,
            r.segment,
            r.grade,
            r.score,
            r.value,
          ];
        }),
        formats: [
          FORMATS.date,
          FORMATS.text,
          FORMATS.text,
          FORMATS.text,
          FORMATS.text,
          FORMATS.text,
          FORMATS.text,
          FORMATS.score,
          FORMATS.money,
        ],
        styledHeader: true,
        autoFilter: true,
      },
    ],
    cells:
      leftOut.length === 0
        ? []
        : [
            {
              row: 1,
              column: header.length + 2,
              value: text.history.oldestLeftOut(leftOut.map(isoFromDay).join(", "), snapshots),
              style: "note",
            },
          ],
    charts: [],
    conditionalFormats: [],
    columnWidths: [12, 12, 28, 6, 10, 18, 10, 8, 14],
    freeze: { rows: 1, columns: 0 },
    tabColor: "#7F7F7F",
  };
}
