// Select a cell or range for the user (task pane: click a table or a finding). One round trip.
import type { ExcelContext } from "./excel-subset";


/** Activates `sheet` and selects `address` (A1, without the sheet name). */
export async function selectRange(context: ExcelContext, sheet: string, address: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}
