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
    this.hf = HyperFormula.buildEmpty({
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
    this.hf.batch(() => {
      for (const sheet of model.sheets) this.hf.addSheet(sheet.name);
      for (const sheet of model.sheets) {
        const id = this.sheetId(sheet.name);
        for (const [key, cell] of sheet.cells) {
          if (!hasAny(cell)) continue;
          this.hf.setCellContents({ sheet: id, row: keyRow(key), col: keyCol(key) }, [[rawContent(cell.value, cell.formula)]]);
        }
      }
    });
    // Results from the file are kept where HyperFormula cannot compute (an unknown function gives
    // #NAME? here but had a real result in Excel); everything else takes the fresh result.
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
    const changes = this.hf.batch(() => {
      for (const w of writes) this.hf.setCellContents({ sheet: id, row: w.row, col: w.col }, [[rawContent(w.value, w.formula)]]);
    });
    this.apply(changes);
    for (const w of writes) {
      if (w.formula === undefined) continue;
      const value = excelValue(this.hf.getCellValue({ sheet: id, row: w.row, col: w.col }));
      if (sheet.getCell(w.row, w.col)?.value !== value) sheet.setCell(w.row, w.col, { value });
    }
  }

  private apply(changes: ExportedChange[]): void {
    for (const change of changes) {
      if (!(change instanceof ExportedCellChange)) continue;
      const name = this.hf.getSheetName(change.sheet);
      const sheet = name === undefined ? undefined : this.model.getSheet(name);
      const cell = sheet?.getCell(change.row, change.col);
      if (!sheet || cell?.formula === undefined) continue;
      const value = excelValue(change.newValue);
      if (cell.value !== value) sheet.setCell(change.row, change.col, { value });
    }
  }

  private refreshFormulas(sheet: SheetModel, keepCachedOnName: boolean): void {
    const id = this.sheetId(sheet.name);
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const value = excelValue(this.hf.getCellValue({ sheet: id, row: keyRow(key), col: keyCol(key) }));
      if (keepCachedOnName && value === "#NAME?" && cell.value !== null && cell.value !== "") continue;
      if (cell.value !== value) cell.value = value;
    }
  }
}

function hasAny(cell: CellData): boolean {
  return cell.formula !== undefined || (cell.value !== null && cell.value !== "");
}
