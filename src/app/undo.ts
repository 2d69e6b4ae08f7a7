// Undo = give back what the last fill, compare or portable conversion changed. Excel's own undo does not cover
// an add-in's writes, so the host keeps each step's record (plain data, in memory while the pane is open) and
// hands it here; the adapter refuses, changing nothing, when the user has edited those cells since.
import {
  undoApply,
  type UndoRecord,
  type UndoResult,
  type WrittenRange,
} from "../excel/apply-undo";
import type { ExcelRun } from "./excel-run";

export type { UndoRecord, UndoResult, WrittenRange };
export { UndoConflictError } from "../excel/apply-undo";

/** One step the add-in wrote: what it wrote (for the pane's list) and how to undo it. */
export interface WrittenStep {
  written: WrittenRange[];
  undo: UndoRecord;
}

export function undo(run: ExcelRun, record: UndoRecord): Promise<UndoResult> {
  return run((context) => undoApply(context, record));
}
