import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { FakeExcel } from "./context";
import { customerSource } from "./customer-source";
import { FakeWorkbook } from "./model";
import { bigPlan } from "./sample-plan";

export interface ExcelFakeMeasure {
  readSyncs: number;
  /** Largest request or response of the read, in bytes. */
  readMaxBytes: number;
  writeSyncs: number;
  writeMaxBytes: number;
}

/**
 * For bench/: drives ExcelHost against the fake to read a customer sheet of `rows` x `cols` and to
 * write results of the same size, and reports syncs and the largest payload of each. Cells are
 * generated on demand and written cells are not kept, so 1,000,000 rows fit in memory (the host's
 * own SheetData and plan still take their share). Not a timing: the fake says nothing about speed.
 */
export async function measureExcelFake(rows: number, cols: number): Promise<ExcelFakeMeasure> {
  const readBook = FakeWorkbook.with("客户档案");
  readBook.sheet("客户档案").source = customerSource(rows - 1, cols);
  const reader = new FakeExcel(readBook);
  await new ExcelHost(reader.run).readSheet("客户档案");

  const writer = new FakeExcel(FakeWorkbook.with("客户档案"), { storeCells: false });
  await new ExcelHost(writer.run).applyPlan(bigPlan(rows, cols));
  return {
    readSyncs: reader.meter.syncs,
    readMaxBytes: reader.meter.largestBytes,
    writeSyncs: writer.meter.syncs,
    writeMaxBytes: writer.meter.largestBytes,
  };
}
