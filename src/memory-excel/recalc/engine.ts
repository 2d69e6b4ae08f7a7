// Keeps a HyperFormula instance in step with the workbook model. A workbook is judged as Excel shows it:
// a formula cell keeps the result Excel saved in the file until one of its precedents changes (a write of
// the tool, an edit of the demo user); then it takes HyperFormula's result. A formula with no saved result
// is computed. HyperFormula is only built when something needs computing, so reading a saved workbook
// (`sakip check`) never recomputes its formulas: a file whose formulas add Indonesian text numbers keeps
// the values Excel (Indonesian) saved instead of turning into #VALUE!.

import { DetailedCellError, HyperFormula } from "hyperformula";
import type { RawCellContent, SimpleCellAddress, SimpleCellRange } from "hyperformula";
import { MAX_COLS, MAX_ROWS, keyCol, keyRow } from "../model";
import type { CellValue, SheetModel, WorkbookModel } from "../model";
import { customFunctionMessage, excelErrorText } from "./sakip-plugin";

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

const noSavedResult = (value: CellValue): boolean => value === null || value === "";

export class RecalcEngine {
  private instance?: HyperFormula;

  constructor(private readonly model: WorkbookModel) {
    // A formula without a saved result (a model built in code, the demo's sample) is computed now;
    // otherwise HyperFormula waits for the first write.
    if (model.sheets.some((s) => hasUncomputedFormula(s))) this.hf.getSheetNames();
  }

  /** HyperFormula over the model as it is now, built on first use. */
  get hf(): HyperFormula {
    if (this.instance) return this.instance;
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of this.model.sheets) sheets[sheet.name] = sparseContent(sheet);
    // Built in one go: cell-by-cell insertion grows HyperFormula's sheets one step at a time and gets
    // slower than linear on large workbooks.
    const hf = HyperFormula.buildFromSheets(sheets, {
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
    this.instance = hf;
    // Saved results stay; only formulas without one take HyperFormula's result.
    for (const sheet of this.model.sheets) this.computeMissing(sheet);
    return hf;
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`Lembar "${name}" tidak dikenal oleh mesin rumus.`);
    return id;
  }

  addSheet(name: string): void {
    if (this.instance) this.instance.addSheet(name);
  }

  removeSheet(name: string): void {
    if (!this.instance) return;
    const id = this.sheetId(name);
    // Formulas that pointed into the sheet now show #REF!, as in Excel.
    const dependents = this.dependentsOfSheet(id);
    this.instance.removeSheet(id);
    this.refresh(dependents);
  }

  renameSheet(oldName: string, newName: string): void {
    if (this.instance) this.instance.renameSheet(this.sheetId(oldName), newName);
  }

  /** Writes cells (already stored in the model by the caller) and recomputes them and their dependents. */
  write(sheet: SheetModel, writes: CellWrite[]): void {
    const id = this.sheetId(sheet.name);
    const block = asBlock(writes);
    if (block)
      this.hf.setCellContents({ sheet: id, row: block.row, col: block.col }, block.content);
    else {
      this.hf.batch(() => {
        for (const w of writes)
          this.hf.setCellContents({ sheet: id, row: w.row, col: w.col }, [
            [rawContent(w.value, w.formula)],
          ]);
      });
    }
    this.refresh(writes.map((w) => ({ sheet: id, row: w.row, col: w.col })));
  }

  /**
   * The written cells and every cell that depends on them, directly or through others, take
   * HyperFormula's result (HyperFormula's own change list leaves out cells whose result it did not
   * change, but their saved result may differ from HyperFormula's).
   */
  private refresh(start: SimpleCellAddress[]): void {
    const hf = this.hf;
    const seen = new Set<string>();
    const queue: (SimpleCellAddress | SimpleCellRange)[] = [...start];
    for (let i = 0; i < queue.length; i++) {
      const item = queue[i];
      const key =
        "start" in item
          ? `${item.start.sheet}:${item.start.row}:${item.start.col}:${item.end.row}:${item.end.col}`
          : `${item.sheet}:${item.row}:${item.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!("start" in item)) this.takeResult(item);
      for (const next of hf.getCellDependents(item)) queue.push(next);
    }
  }

  private takeResult(address: SimpleCellAddress): void {
    const name = this.hf.getSheetName(address.sheet);
    const sheet = name === undefined ? undefined : this.model.getSheet(name);
    const cell = sheet?.getCell(address.row, address.col);
    if (!sheet || cell?.formula === undefined) return;
    const raw = this.hf.getCellValue(address);
    const value = excelValue(raw);
    const message =
      raw instanceof DetailedCellError ? customFunctionMessage(raw.message) : undefined;
    sheet.setResult(address.row, address.col, value, message);
  }

  private dependentsOfSheet(id: number): SimpleCellAddress[] {
    const out: SimpleCellAddress[] = [];
    const name = this.hf.getSheetName(id);
    const sheet = name === undefined ? undefined : this.model.getSheet(name);
    if (!sheet) return out;
    for (const key of sheet.cells.keys()) {
      for (const d of this.hf.getCellDependents({
        sheet: id,
        row: keyRow(key),
        col: keyCol(key),
      })) {
        if (!("start" in d) && d.sheet !== id) out.push(d);
      }
    }
    return out;
  }

  private computeMissing(sheet: SheetModel): void {
    const id = this.sheetId(sheet.name);
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined || !noSavedResult(cell.value)) continue;
      const raw = this.hf.getCellValue({ sheet: id, row: keyRow(key), col: keyCol(key) });
      cell.value = excelValue(raw);
      const message =
        raw instanceof DetailedCellError ? customFunctionMessage(raw.message) : undefined;
      if (message !== undefined) cell.errorMessage = message;
    }
  }
}

function hasUncomputedFormula(sheet: SheetModel): boolean {
  for (const cell of sheet.cells.values())
    if (cell.formula !== undefined && noSavedResult(cell.value)) return true;
  return false;
}

/**
 * A sheet's contents for HyperFormula's builder: every empty row is one shared empty array, and a row's
 * empty cells are holes (the builder reads both as empty), so cost follows the cells that exist and the
 * rows before the last, never the rectangle from A1 to the far corner.
 */
function sparseContent(sheet: SheetModel): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === undefined && (cell.value === null || cell.value === "")) continue;
    const r = keyRow(key);
    while (rows.length <= r) rows.push(EMPTY_ROW);
    if (rows[r] === EMPTY_ROW) rows[r] = [];
    rows[r][keyCol(key)] = rawContent(cell.value, cell.formula);
  }
  return rows;
}
const EMPTY_ROW: RawCellContent[] = [];

/** Writes that fill a whole rectangle go to HyperFormula as one block (much faster than cell by cell). */
function asBlock(
  writes: CellWrite[]
): { row: number; col: number; content: RawCellContent[][] } | null {
  if (writes.length < 2) return null;
  let row = Infinity,
    col = Infinity,
    maxRow = -1,
    maxCol = -1;
  for (const w of writes) {
    row = Math.min(row, w.row);
    col = Math.min(col, w.col);
    maxRow = Math.max(maxRow, w.row);
    maxCol = Math.max(maxCol, w.col);
  }
  const height = maxRow - row + 1,
    width = maxCol - col + 1;
  if (height * width !== writes.length) return null;
  const content: RawCellContent[][] = Array.from({ length: height }, () =>
    new Array<RawCellContent>(width).fill(null)
  );
  const seen = new Set<number>();
  for (const w of writes) {
    content[w.row - row][w.col - col] = rawContent(w.value, w.formula);
    seen.add((w.row - row) * width + (w.col - col));
  }
  return seen.size === writes.length ? { row, col, content } : null;
}
