import type { CellSource, FakeCell } from "./model";

const REGIONS = ["华东", "华南", "华北", "西南", "东北"];
const DATE_FORMAT = "yyyy-mm-dd";

/**
 * A customer file of `rows` data rows under one header row, `columns` wide, computed on demand:
 * ids, Chinese company names, amounts, dates (serials shown as dates), counts, phones, emails and
 * regions in turn, about 13 bytes a cell as JSON, like a real 客户档案.
 */
export function customerSource(rows: number, columns: number): CellSource {
  const header: FakeCell[] = Array.from({ length: columns }, (_, j) => ({ value: `字段${j + 1}` }));
  return {
    rows: rows + 1,
    columns,
    cell(row, column): FakeCell | undefined {
      if (row === 0) return header[column];
      const n = row + column;
      switch (column % 8) {
        case 0:
          return { value: `C${String(row).padStart(7, "0")}` };
        case 1:
          return { value: `上海第${n % 1000}贸易有限公司` };
        case 2:
          return { value: Math.round(n * 137.31) / 100 };
        case 3:
          return { value: 43_000 + (n % 2_000), numberFormat: DATE_FORMAT };
        case 4:
          return { value: n % 97 };
        case 5:
          return { value: `138${String(n % 100_000_000).padStart(8, "0")}` };
        case 6:
          return { value: `c${n % 10_000}@example.cn` };
        default:
          return { value: REGIONS[n % REGIONS.length] };
      }
    },
  };
}
