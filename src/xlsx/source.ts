// The package a workbook model was read from, kept beside the model (not in it) so that saving can patch
// the user's own file instead of rebuilding it.
import type { WorkbookModel } from "../memory-excel/model";

const sources = new WeakMap<WorkbookModel, Uint8Array>();

/** Remembers the package bytes and starts recording changes from this state. */
export function rememberSource(model: WorkbookModel, bytes: Uint8Array): void {
  sources.set(model, bytes);
  model.journal.start(model.sheets);
}

export function sourceOf(model: WorkbookModel): Uint8Array | undefined {
  return sources.get(model);
}
