// Select a cell or range for the user (task pane: click a table or a finding). Excel refuses to activate a
// hidden sheet or select on it (Worksheet.activate, Range.select), so a hidden sheet is reported instead,
// and shown only when the user asks for it. Two round trips: the sheet's visibility, then the selection.

import type { ExcelContext } from "./excel-subset";
export type SelectOutcome = "selected" | "hidden";

/** Activates `sheet` and selects `address` (A1, without the sheet name); `show` makes a hidden sheet visible first. */
export async function selectRange(
  context: ExcelContext,
  sheet: string,
  address: string,
  options: { show?: boolean } = {}
): Promise<SelectOutcome> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.load("visibility");
  await context.sync();
  if (worksheet.visibility !== "Visible") {
    if (!options.show) return "hidden";
    worksheet.visibility = "Visible";
  }
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
  return "selected";
}
