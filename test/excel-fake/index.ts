/** An in-memory fake of the part of Office.js that ExcelHost uses (see context.ts). */
export {
  FakeExcel,
  FakeRequestContext,
  PAYLOAD_LIMIT_BYTES,
  type FakeExcelOptions,
} from "./context";
export { FakeMeter, jsonBytes, type SyncRecord } from "./meter";
export {
  FakeSheet,
  FakeWorkbook,
  coerceTyped,
  type CellSource,
  type FakeCell,
  type FakeChart,
} from "./model";
export { FakeOfficeError } from "./errors";
export { columnLetters, parseArea, formatArea } from "./address";
