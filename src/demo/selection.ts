// The selection lives in the in-memory Excel (so the pane's `range.select()` shows in the grid and a
// click in the grid is what `getSelectedRange` returns); these read and set it through the API.
import type { CellRect } from "../memory-excel/model";
import type { ExcelRun } from "../taskpane/hooks/host";
import { parseA1 } from "../taskpane/hooks/a1";

export interface Selection {
  sheet: string;
  rect: CellRect;
}

/** "'PK 2024'!F7:G9" -> sheet and rectangle. */
export function parseAddress(address: string): Selection | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [a, b] = address.slice(bang + 1).split(":");
  const start = parseA1(a ?? "");
  const end = b ? parseA1(b) : start;
  if (!start || !end) return null;
  const row = Math.min(start.row, end.row),
    col = Math.min(start.col, end.col);
  return {
    sheet,
    rect: {
      row,
      col,
      rowCount: Math.abs(end.row - start.row) + 1,
      colCount: Math.abs(end.col - start.col) + 1,
    },
  };
}

export async function readSelection(run: ExcelRun): Promise<Selection | null> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    return parseAddress(range.address);
  });
}

export async function writeSelection(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
