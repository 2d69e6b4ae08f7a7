// Saving a workbook model as .xlsx: the package it came from, patched with the recorded changes; a model
// that never came from a file (the reviewer's summary of `sakip report`) is built whole with ExcelJS.
import type { WorkbookModel } from "../memory-excel/model";
import { patchXlsx } from "./patch/patch-xlsx";
import { sourceOf } from "./source";
import { writeXlsx } from "./write";

export interface SavedXlsx {
  bytes: Uint8Array;
  warnings: string[];
}

export async function saveWorkbook(model: WorkbookModel): Promise<SavedXlsx> {
  const source = sourceOf(model);
  if (source) return patchXlsx(source, model);
  const { bytes, warnings } = await writeXlsx(model);
  return { bytes, warnings };
}
