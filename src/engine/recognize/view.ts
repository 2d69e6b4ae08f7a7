// Read access to one sheet's grid in absolute coordinates, with merged areas resolved once
// (linear in the merged area) so every lookup afterwards is constant time.
import type { CellRect, CellValue, Grid } from "../types";

export class SheetView {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number; // exclusive
  readonly right: number; // exclusive
  private readonly grid: Grid;
  private readonly width: number;
  /** Relative cell index -> the merged area covering it. */
  private readonly mergeOf = new Map<number, CellRect>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.sheet = grid.sheet;
    this.top = grid.originRow;
    this.left = grid.originCol;
    const rows = grid.values.length;
    let width = 0;
    for (const r of grid.values) width = Math.max(width, r.length);
    this.width = width;
    this.bottom = this.top + rows;
    this.right = this.left + this.width;
    for (const m of grid.merges) {
      const r0 = Math.max(m.row, this.top),
        r1 = Math.min(m.row + m.rowCount, this.bottom);
      const c0 = Math.max(m.col, this.left),
        c1 = Math.min(m.col + m.colCount, this.right);
      for (let r = r0; r < r1; r++)
        for (let c = c0; c < c1; c++) this.mergeOf.set(this.key(r, c), m);
    }
  }

  private key(row: number, col: number): number {
    return (row - this.top) * this.width + (col - this.grid.originCol);
  }

  /**
   * The same sheet seen through the columns [c0, c1) only (one of two tables side by side): cells outside
   * read as empty. Shares the grid and the merge index, so it costs nothing to make.
   */
  clip(c0: number, c1: number): SheetView {
    const w = Object.create(SheetView.prototype) as SheetView;
    return Object.assign(w, this, {
      left: Math.max(c0, this.left),
      right: Math.min(c1, this.right),
    });
  }

  private inside(row: number, col: number): boolean {
    return row >= this.top && row < this.bottom && col >= this.left && col < this.right;
  }

  value(row: number, col: number): CellValue {
    if (!this.inside(row, col)) return "";
    return this.grid.values[row - this.top]?.[col - this.grid.originCol] ?? "";
  }

  /** What the cell shows: Excel's text when given, else the value as text. Untrimmed. */
  raw(row: number, col: number): string {
    if (!this.inside(row, col)) return "";
    const t = this.grid.text[row - this.top]?.[col - this.grid.originCol];
    if (t !== undefined && t !== "") return t;
    const v = this.value(row, col);
    return v === null || v === "" ? "" : String(v);
  }

  /** The cell's own text, trimmed ("" for empty cells and for cells hidden under a merge). */
  text(row: number, col: number): string {
    return this.raw(row, col).trim();
  }

  /** The cell's number format ("" when none). */
  format(row: number, col: number): string {
    if (!this.inside(row, col)) return "";
    return this.grid.numberFormat[row - this.top]?.[col - this.grid.originCol] ?? "";
  }

  isNumber(row: number, col: number): boolean {
    return typeof this.value(row, col) === "number";
  }

  merge(row: number, col: number): CellRect | undefined {
    return this.mergeOf.get(this.key(row, col));
  }

  /** True when the cell lies under a merge whose top-left cell is elsewhere. */
  isCovered(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== undefined && (m.row !== row || m.col !== col);
  }

  /** Text shown at the cell, taking it from the merge's top-left cell when merged. */
  shown(row: number, col: number): string {
    const m = this.merge(row, col);
    return m ? this.text(m.row, m.col) : this.text(row, col);
  }

  /** Columns of the row with their own (non-covered) text, within [c0, c1). */
  filled(row: number, c0 = this.left, c1 = this.right): number[] {
    const out: number[] = [];
    for (let c = Math.max(c0, this.left); c < Math.min(c1, this.right); c++)
      if (this.text(row, c) !== "") out.push(c);
    return out;
  }
}
