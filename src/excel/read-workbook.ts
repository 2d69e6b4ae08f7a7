// Reads every sheet of the workbook into engine grids in two round trips, whatever the number of sheets:
// 1) the list of sheets; 2) every sheet's used range (values, text, number formats, formulas) and its
// merged areas, all queued before one sync. Runs unchanged on real Excel and on the in-memory Excel.
import type { ExcelContext, ExcelRangeAreasSubset, ExcelRangeSubset } from "./excel-subset";
import type { CellValue, Grid } from "../engine/index";
import { parseAreas } from "./merged-address";

export interface ReadWorkbookOptions {
  /** Only these sheets (case-insensitive); all sheets when absent. */
  sheets?: string[];
  /** Leave out hidden sheets (default: read them too, a report may keep its tables there). */
  skipHidden?: boolean;
  /** Load `range.formulas` too (default true); the fill plan and validation use them. */
  formulas?: boolean;
}

interface SheetLoad {
  name: string;
  used: ExcelRangeSubset;
  merged: ExcelRangeAreasSubset;
}

const RANGE_PROPS = ["rowIndex", "columnIndex", "rowCount", "columnCount", "values", "text", "numberFormat"];

/** An empty value comes back as "" from Excel; keep the contract's CellValue shape. */
function asCellValues(values: unknown[][]): CellValue[][] {
  return values.map((row) => row.map((v) => (v === undefined ? "" : (v as CellValue))));
}

export async function readWorkbook(context: ExcelContext, options: ReadWorkbookOptions = {}): Promise<Grid[]> {
  const withFormulas = options.formulas ?? true;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();

  const wanted = options.sheets?.map((s) => s.toLowerCase());
  const loads: SheetLoad[] = [];
  for (const ws of worksheets.items) {
    if (wanted && !wanted.includes(ws.name.toLowerCase())) continue;
    if (options.skipHidden && ws.visibility !== "Visible") continue;
    // valuesOnly: cells that only carry formatting are not part of any table and would bloat the payload.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(withFormulas ? [...RANGE_PROPS, "formulas"] : RANGE_PROPS);
    // Merges are asked of the whole sheet, never of the used range: a method on a null range would fail the batch.
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load("address");
    loads.push({ name: ws.name, used, merged });
  }
  await context.sync();

  return loads.map(({ name, used, merged }) => {
    const merges = merged.isNullObject ? [] : parseAreas(merged.address);
    if (used.isNullObject) {
      return { sheet: name, originRow: 0, originCol: 0, values: [], text: [], numberFormat: [], formulas: [], merges };
    }
    const grid: Grid = {
      sheet: name,
      originRow: used.rowIndex,
      originCol: used.columnIndex,
      values: asCellValues(used.values),
      text: used.text.map((row) => row.map((t) => String(t ?? ""))),
      numberFormat: used.numberFormat.map((row) => row.map((f) => String(f ?? "General"))),
      merges,
    };
    if (withFormulas) grid.formulas = asCellValues(used.formulas);
    return grid;
  });
}
