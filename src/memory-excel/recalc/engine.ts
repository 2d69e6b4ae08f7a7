// Keeps a HyperFormula instance in step with the workbook model: every write goes to both, and the
// computed results of formula cells are cached back into the model (`CellData.value`), so reading a
// formula cell's value is a plain lookup and the demo grid always shows current results.

import { DetailedCellError, ExportedCellChange, HyperFormula } from "hyperformula";
import type { ExportedChange, RawCellContent } from "hyperformula";
import { MAX_COLS, MAX_ROWS, keyCol, keyRow } from "../model";
import type { CellData, CellValue, SheetModel, WorkbookModel } from "../model";
import { excelErrorText } from "./sakip-plugin";

export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
  formula?: string;
}

/** What HyperFormula gets for a cell: text always as text (the apostrophe stops it parsing "50%"). */
function rawContent(value: CellValue, formula?: string): RawCellContent {
  if (formula !== undefined) return formula;
  if (typeof value === "string") return value === "" ? null : `'${value}`;
  return value;
}

/** HyperFormula's result as Excel's API gives it: errors as "#DIV/0!" text, blanks as "". */
export function excelValue(v: unknown): CellValue {
  if (v instanceof DetailedCellError) return excelErrorText(v.type);
  if (v === null || v === undefined) return 0; // a formula that points at a blank shows 0 in Excel
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

export class RecalcEngine {
  readonly hf: HyperFormula;

  constructor(private readonly model: WorkbookModel) {
    // Built in one go from dense 2-D arrays: cell-by-cell insertion grows HyperFormula's sheets
    // one step at a time and gets slower than linear on large workbooks.
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of model.sheets) sheets[sheet.name] = denseContent(sheet);
    this.hf = HyperFormula.buildFromSheets(sheets, {
      licenseKey: "gpl-v3",
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLS,
      // Excel's date system and blank handling, so results match what Excel shows.
      leapYear1900: true,
      nullDate: { year: 1899, month: 12, day: 30 },
      evaluateNullToZero: true,
      // Excel keeps the full double; HyperFormula would round results to 10 digits.
      smartRounding: false,
    });
    // Results from the file are kept where HyperFormula cannot compute (an unknown function or a
    // syntax it does not parse, such as structured references, had a real result in Excel);
    // everything else takes the fresh result.
    for (const sheet of model.sheets) this.refreshFormulas(sheet, true);
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`Lembar "${name}" tidak dikenal oleh mesin rumus.`);
    return id;
  }

  addSheet(name: string): void {
    this.hf.addSheet(name);
  }

  removeSheet(name: string): void {
    this.apply(this.hf.removeSheet(this.sheetId(name)));
  }

  renameSheet(oldName: string, newName: string): void {
    this.hf.renameSheet(this.sheetId(oldName), newName);
  }

  /** Writes cells (already stored in the model by the caller) and caches every changed result. */
  write(sheet: SheetModel, writes: CellWrite[]): void {
    const id = this.sheetId(sheet.name);
    const block = asBlock(writes);
    const changes = block
      ? this.hf.setCellContents({ sheet: id, row: block.row, col: block.col }, block.content)
      : this.hf.batch(() => {
        for (const w of writes) this.hf.setCellContents({ sheet: id, row: w.row, col: w.col }, [[rawContent(w.value, w.formula)]]);
      });
    this.apply(changes);
    for (const w of writes) {
      if (w.formula === undefined) continue;
      const value = excelValue(this.hf.getCellValue({ sheet: id, row: w.row, col: w.col }));
      sheet.setResult(w.row, w.col, value);
    }
  }

  private apply(changes: ExportedChange[]): void {
    for (const change of changes) {
      if (!(change instanceof ExportedCellChange)) continue;
      const name = this.hf.getSheetName(change.sheet);
      const sheet = name === undefined ? undefined : this.model.getSheet(name);
      const cell = sheet?.getCell(change.row, change.col);
      if (!sheet || cell?.formula === undefined) continue;
      sheet.setResult(change.row, change.col, excelValue(change.newValue));
    }
  }

  private refreshFormulas(sheet: SheetModel, keepCachedOnName: boolean): void {
    const id = this.sheetId(sheet.name);
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const raw = this.hf.getCellValue({ sheet: id, row: keyRow(key), col: keyCol(key) });
      const unsupported = raw instanceof DetailedCellError && (raw.type === "NAME" || raw.type === "ERROR" || raw.type === "LIC");
      if (keepCachedOnName && unsupported && cell.value !== null && cell.value !== "") continue;
      const value = excelValue(raw);
      if (cell.value !== value) cell.value = value;
    }
  }
}

function hasAny(cell: CellData): boolean {
  return cell.formula !== undefined || (cell.value !== null && cell.value !== "");
}

/** A sheet's contents as one array from A1 to its last filled cell. */
function denseContent(sheet: SheetModel): RawCellContent[][] {
  const rect = sheet.usedRect(true);
  if (!rect) return [];
  const rows: RawCellContent[][] = Array.from({ length: rect.row + rect.rowCount }, () =>
    new Array<RawCellContent>(rect.col + rect.colCount).fill(null));
  for (const [key, cell] of sheet.cells) {
    if (hasAny(cell)) rows[keyRow(key)][keyCol(key)] = rawContent(cell.value, cell.formula);
  }
  return rows;
}

/** Writes that fill a whole rectangle go to HyperFormula as one block (much faster than cell by cell). */
function asBlock(writes: CellWrite[]): { row: number; col: number; content: RawCellContent[][] } | null {
  if (writes.length < 2) return null;
  let row = Infinity, col = Infinity, maxRow = -1, maxCol = -1;
  for (const w of writes) {
    row = Math.min(row, w.row); col = Math.min(col, w.col);
    maxRow = Math.max(maxRow, w.row); maxCol = Math.max(maxCol, w.col);
  }
  const height = maxRow - row + 1, width = maxCol - col + 1;
  if (height * width !== writes.length) return null;
  const content: RawCellContent[][] = Array.from({ length: height }, () => new Array<RawCellContent>(width).fill(null));
  const seen = new Set<number>();
  for (const w of writes) {
    content[w.row - row][w.col - col] = rawContent(w.value, w.formula);
    seen.add((w.row - row) * width + (w.col - col));
  }
  return seen.size === writes.length ? { row, col, content } : null;
}
