// The use cases every host runs (task pane, demo page, command line): each takes an ExcelRun, the settings
// and, for the scan, a progress callback. Hosts only present what these return.
export { runOf, type ExcelRun } from "./excel-run";
export {
  scan,
  readTables,
  doubtFindings,
  type Analysis,
  type ScanProgress,
  type ScanOptions,
} from "./scan";
export { fill, planFillOf, applyFill, type FillResult } from "./fill";
export { compare, type CompareChoices, type CompareResult } from "./compare";
export { portable, previewPortable, applyPortable, type PortableResult } from "./portable";
export {
  undo,
  UndoConflictError,
  type WrittenStep,
  type UndoRecord,
  type UndoResult,
  type WrittenRange,
} from "./undo";
export {
  summarizeWorkbook,
  failedSummary,
  summarySheet,
  findingsSheet,
  summaryText,
  sheetCsv,
  type WorkbookSummary,
  type ReportSheet,
  type FileFindings,
} from "./report";
