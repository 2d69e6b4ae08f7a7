import type { ExcelContext } from "../excel/excel-subset";

// How a use case reaches the workbook: a function that runs one batch against a request context, like
// `Excel.run`. The pane gets real Excel's, the demo page, the CLI and the tests the in-memory Excel's.
// Batches see only the subset of the API that src/excel uses, which both implementations satisfy.
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** The `run` of an object shaped like Excel (the in-memory Excel), as a free function. */
export function runOf(excel: { run: ExcelRun }): ExcelRun {
  return (batch) => excel.run(batch);
}
