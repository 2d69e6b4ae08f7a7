// The workbook model: plain data behind the in-memory Excel, the .xlsx reader/writer and the demo grid.
// It knows nothing about the Excel JS API (that is api/), formulas' results (that is recalc/) or files
// (that is src/xlsx/). Positions are 0-based (row 0 = Excel row 1, col 0 = column A), like CellRect.

import type { CellRect, CellValue } from "../engine/index";
import { ChangeJournal } from "./journal";

export type { CellRect, CellValue };

export type HorizontalAlignment =
  | "General"
  | "Left"
  | "Center"
  | "Right"
  | "Fill"
  | "Justify"
  | "CenterAcrossSelection"
  | "Distributed";

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB", as the Excel JS API gives it. */
  color?: string;
  /** Points. */
  size?: number;
  name?: string;
}

/**
 * One cell. `value` is the constant, or for a formula cell the last computed (cached) result;
 * `formula` is en-US syntax with a leading "=" (`=SAKIP.CAPAIAN(B2,C2,"lower")`). Error results are
 * strings like Excel's API gives them ("#DIV/0!"). A cell with nothing set is simply absent.
 */
export interface CellData {
  value: CellValue;
  formula?: string;
  /** Excel number format code; absent means "General". */
  numberFormat?: string;
  font?: FontStyle;
  /** Fill colour "#RRGGBB". */
  fill?: string;
  horizontalAlignment?: HorizontalAlignment;
  wrap?: boolean;
  /** The message a custom function gave with its #VALUE! / #N/A (Excel shows it beside the cell). */
  errorMessage?: string;
}

/** A chart recorded by `worksheet.charts.add`; the model keeps it but cannot draw or save it. */
export interface ChartData {
  type: string;
  /** A1 address of the source data without the sheet name. */
  source: string;
  seriesBy: string;
  /** Sheet of the source data when it is not the chart's own sheet. */
  sourceSheet?: string;
  title?: string;
  name?: string;
  /** "E2:L18": the cells the chart covers (`chart.setPosition`). */
  position?: string;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** Who listens: the demo grid re-renders the changed cell; `cell` is absent for sheet-level changes. */
export interface ChangeEvent {
  sheet: string;
  kind:
    "cell" | "sheet-added" | "sheet-removed" | "sheet-renamed" | "layout" | "active" | "selection";
  cell?: { row: number; col: number };
}
export type ChangeListener = (event: ChangeEvent) => void;

/** Key of a cell in the sparse store. Numbers keep lookups cheap; 16384 columns as in Excel. */
export const MAX_COLS = 16384;
export const MAX_ROWS = 1048576;
export const cellKey = (row: number, col: number): number => row * MAX_COLS + col;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLS);
export const keyCol = (key: number): number => key % MAX_COLS;

export class SheetModel {
  /** Sparse store: only cells with a value, formula or format exist. */
  readonly cells = new Map<number, CellData>();
  merges: CellRect[] = [];
  /** Column index -> width in points (Excel JS `format.columnWidth` units). */
  readonly columnWidths = new Map<number, number>();
  /** Row index -> height in points. */
  readonly rowHeights = new Map<number, number>();
  charts: ChartData[] = [];
  visibility: SheetVisibility = "Visible";
  /** Frozen panes (`freezePanes.freezeRows/Columns`): how many top rows / left columns stay put. */
  frozenRows = 0;
  frozenColumns = 0;
  /** "#RRGGBB" or "" for none. */
  tabColor = "";

  constructor(
    public name: string,
    private readonly notify: (e: ChangeEvent) => void = () => undefined,
    private readonly journal?: ChangeJournal
  ) {}

  getCell(row: number, col: number): CellData | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** Merges `patch` into the cell (creating it) and tells the listeners. */
  setCell(row: number, col: number, patch: Partial<CellData>): CellData {
    const key = cellKey(row, col);
    const next: CellData = { ...(this.cells.get(key) ?? { value: null }), ...patch };
    if ("formula" in patch && patch.formula === undefined) delete next.formula;
    if (isBlank(next)) this.cells.delete(key);
    else this.cells.set(key, next);
    this.journal?.cell(this, key);
    this.notify({ sheet: this.name, kind: "cell", cell: { row, col } });
    return next;
  }

  /** A formula cell's new result from the recalculation (not a write: the journal keeps them apart). */
  setResult(row: number, col: number, value: CellValue, errorMessage?: string): void {
    const key = cellKey(row, col);
    const cell = this.cells.get(key);
    if (!cell || (cell.value === value && cell.errorMessage === errorMessage)) return;
    const next: CellData = { ...cell, value };
    if (errorMessage === undefined) delete next.errorMessage;
    else next.errorMessage = errorMessage;
    this.cells.set(key, next);
    this.journal?.result(this, key);
    this.notify({ sheet: this.name, kind: "cell", cell: { row, col } });
  }

  /** The smallest rectangle holding every cell (all cells, or only those with values/formulas). */
  usedRect(valuesOnly = false): CellRect | null {
    let minR = Infinity,
      minC = Infinity,
      maxR = -1,
      maxC = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && !hasContent(cell)) continue;
      const r = keyRow(key),
        c = keyCol(key);
      if (r < minR) minR = r;
      if (r > maxR) maxR = r;
      if (c < minC) minC = c;
      if (c > maxC) maxC = c;
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        minR = Math.min(minR, m.row);
        minC = Math.min(minC, m.col);
        maxR = Math.max(maxR, m.row + m.rowCount - 1);
        maxC = Math.max(maxC, m.col + m.colCount - 1);
      }
    }
    if (maxR < 0) return null;
    return { row: minR, col: minC, rowCount: maxR - minR + 1, colCount: maxC - minC + 1 };
  }

  addMerge(rect: CellRect): void {
    this.merges = this.merges.filter((m) => !overlaps(m, rect));
    this.merges.push({ ...rect });
    this.notify({ sheet: this.name, kind: "layout" });
  }

  setColumnWidth(col: number, width: number): void {
    this.columnWidths.set(col, width);
    this.notify({ sheet: this.name, kind: "layout" });
  }

  setRowHeight(row: number, height: number): void {
    this.rowHeights.set(row, height);
    this.notify({ sheet: this.name, kind: "layout" });
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeSheet = 0;
  /** The selected cells (`range.select()`), shown by the demo grid; absent until something is selected. */
  selection?: { sheet: string; rect: CellRect };
  /** Task-pane settings (`context.workbook.settings`), values as JSON-compatible data. */
  readonly settings = new Map<string, unknown>();
  /** The changes since the workbook was loaded from a package (recording starts at `journal.start`). */
  readonly journal = new ChangeJournal();
  private readonly listeners: ChangeListener[] = [];

  /** Listen to changes; returns the function that stops listening. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  emit(event: ChangeEvent): void {
    for (const l of [...this.listeners]) l(event);
  }

  /** Case-insensitive like Excel's sheet names. */
  getSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string, position = this.sheets.length): SheetModel {
    if (this.getSheet(name)) throw new Error(`Lembar "${name}" sudah ada; pilih nama lain.`);
    const sheet = new SheetModel(name, (e) => this.emit(e), this.journal);
    this.sheets.splice(position, 0, sheet);
    this.emit({ sheet: name, kind: "sheet-added" });
    return sheet;
  }

  removeSheet(name: string): void {
    const sheet = this.getSheet(name);
    if (!sheet) return;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.activeSheet = Math.min(this.activeSheet, Math.max(0, this.sheets.length - 1));
    this.emit({ sheet: sheet.name, kind: "sheet-removed" });
  }

  renameSheet(oldName: string, newName: string): void {
    const sheet = this.getSheet(oldName);
    if (!sheet) return;
    sheet.name = newName;
    this.emit({ sheet: newName, kind: "sheet-renamed" });
  }

  select(name: string, rect: CellRect): void {
    this.selection = { sheet: name, rect: { ...rect } };
    this.emit({ sheet: name, kind: "selection" });
  }

  setActive(name: string): void {
    const sheet = this.getSheet(name);
    if (!sheet) return;
    this.activeSheet = this.sheets.indexOf(sheet);
    this.emit({ sheet: sheet.name, kind: "active" });
  }
}

export function hasContent(cell: CellData): boolean {
  return cell.formula !== undefined || (cell.value !== null && cell.value !== "");
}

function isBlank(cell: CellData): boolean {
  return (
    !hasContent(cell) &&
    cell.numberFormat === undefined &&
    cell.font === undefined &&
    cell.fill === undefined &&
    cell.horizontalAlignment === undefined &&
    cell.wrap === undefined
  );
}

export function overlaps(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}
