// The fill plan: for every recognized table, the capaian / predikat / serapan / sisa columns it lacks,
// where they go (new columns right of the table, never over a cell that has anything), and what each
// row gets. Pure: grids and tables in, a plan out. `src/excel/apply-plan.ts` writes it.
import { DEFAULT_SETTINGS } from "../settings";
import type { AnalysisSettings } from "../settings";
import type { CellRect, Grid, RecognizedTable, RoleKey } from "../types";
import { cellA1, columnLetter, rectA1 } from "./a1";
import { fillCells } from "./fill-cells";
import type { FillCell } from "./fill-cells";
import { neededColumns, targetColumns } from "./fill-columns";
import type { FillKind } from "./fill-columns";
import { gridFor } from "./grid-cells";
import { efficiencyMethod } from "./efficiency-method";

export type { FillCell } from "./fill-cells";
export type { FillKind } from "./fill-columns";
export { headerFor } from "./fill-columns";

/** `formulas`: live `=SAKIP.*` formulas (en-US); `values`: the engine's figures as constants. */
export type FillMode = "formulas" | "values";

export interface FillColumn {
  sheet: string;
  kind: FillKind;
  year?: number;
  /** The role the column will be recognized as (`capaian`, `predikat@2023`...). */
  role: RoleKey;
  header: string;
  /** Absolute 0-based column. */
  col: number;
  /** Row of the header text (the table's first header row). */
  headerRow: number;
  /** Last row of the table: the column is written from headerRow to lastRow. */
  lastRow: number;
  /** One entry per filled data row, in sheet order. */
  cells: FillCell[];
  /** Number format of the data cells (`0.00%` for percents). */
  numberFormat: string;
  /** The table the column belongs to. */
  table: CellRect;
}

export interface FillPreviewItem {
  sheet: string;
  /** A1 range without the sheet, header included: "I3:I20". */
  range: string;
  header: string;
  /** One row as it will be written, e.g. `I7: =SAKIP.CAPAIAN(E7,F7) -> 102,08%`. */
  example: string;
}

export interface FillPlan {
  mode: FillMode;
  columns: FillColumn[];
  preview: FillPreviewItem[];
  /** Indonesian notes: rows left empty and why, tables that got nothing or could not be placed. */
  notes: string[];
}

export interface FillOptions {
  mode?: FillMode;
  settings?: Partial<AnalysisSettings>;
}

const FORMAT: Record<FillKind, string> = { capaian: "0.00%", predikat: "General", serapan: "0.00%", sisa: "#,##0", efisiensi: "0.00%" };

/** Indonesian display of a figure for the preview (comma decimals, dot thousands). */
export function formatFigure(kind: FillKind, value: number | string | null): string {
  if (value === null) return "(kosong)";
  if (typeof value === "string") return value;
  const id = (n: number, digits: number): string =>
    n.toLocaleString("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return kind === "capaian" || kind === "serapan" || kind === "efisiensi" ? `${id(value * 100, 2)}%` : id(value, 0);
}

function previewOf(column: FillColumn, mode: FillMode): FillPreviewItem {
  const sample = column.cells.find((c) => c.value !== null && c.formula !== "") ?? column.cells[0];
  const range = rectA1({ row: column.headerRow, col: column.col, rowCount: column.lastRow - column.headerRow + 1, colCount: 1 });
  let example = "(tidak ada baris data)";
  if (sample) {
    const at = cellA1(sample.row, column.col);
    const figure = formatFigure(column.kind, sample.value);
    example = mode === "formulas" && sample.formula !== "" ? `${at}: ${sample.formula} -> ${figure}` : `${at}: ${figure}`;
  }
  return { sheet: column.sheet, range, header: column.header, example };
}

/**
 * Plans the columns every table lacks. Tables are those of `recognize` on the same grids; columns the
 * tables already have are left alone (validation checks them), so planning on a filled workbook gives
 * an empty plan.
 */
export function planFill(grids: Grid[], tables: RecognizedTable[], options: FillOptions = {}): FillPlan {
  const mode = options.mode ?? "formulas";
  const settings: AnalysisSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const columns: FillColumn[] = [];
  const notes: string[] = [];
  // Cells promised to earlier tables of this plan: [sheet, col, fromRow, toRow].
  const claims: [string, number, number, number][] = [];
  // "auto": the efisiensi formula the workbook's own figures fit, decided once for every table.
  const method = efficiencyMethod(settings.efficiency, grids, tables);
  for (const table of tables) {
    const grid = gridFor(grids, table.sheet);
    if (!grid) continue;
    const others = tables.filter((t) => t !== table && t.sheet === table.sheet).map((t) => t.range);
    const needs = neededColumns(grid, table, others);
    if (needs.length === 0) continue;
    const where = `tabel ${table.sheet}!${rectA1(table.range)}`;
    const taken = (col: number, from: number, to: number): boolean =>
      claims.some(([s, c, f, t]) => s === table.sheet && c === col && f <= to && from <= t) ||
      others.some((r) => col >= r.col && col < r.col + r.colCount && r.row <= to && from <= r.row + r.rowCount - 1);
    const placed = targetColumns(grid, table, needs.length, taken);
    if (placed.length === 0) {
      notes.push(`Kolom baru untuk ${where} tidak dapat ditempatkan: tidak ada kolom kosong di kanannya. Kosongkan kolom di kanan tabel lalu coba lagi.`);
      continue;
    }
    const first = table.range.col + table.range.colCount;
    if (placed[0] !== first) {
      notes.push(`Kolom baru untuk ${where} ditulis mulai kolom ${columnLetter(placed[0]!)} karena kolom di sebelah kanannya tidak kosong.`);
    }
    const cells = fillCells(grid, table, needs, placed, { ...settings, efficiency: method });
    const headerRow = Math.min(table.range.row, ...table.headerRows);
    const lastRow = table.range.row + table.range.rowCount - 1;
    needs.forEach((need, i) => {
      const col = placed[i]!;
      claims.push([table.sheet, col, headerRow, lastRow]);
      const column: FillColumn = {
        sheet: table.sheet, kind: need.kind, role: need.role, header: need.header, col, headerRow, lastRow,
        cells: cells[i]!, numberFormat: FORMAT[need.kind], table: table.range,
      };
      if (need.year !== undefined) column.year = need.year;
      columns.push(column);
      if (mode === "values") {
        for (const c of column.cells) if (c.note) notes.push(c.note);
      } else {
        // A live formula on bad inputs shows Excel's error until the data is fixed: say so once per column.
        const bad = column.cells.filter((c) => c.value === null && c.formula !== "");
        if (bad.length > 0) {
          notes.push(`${bad.length} rumus di kolom "${column.header}" (${table.sheet}) akan menampilkan galat sampai datanya diperbaiki, misalnya ${cellA1(bad[0]!.row, col)}: ${bad[0]!.note ?? ""}`);
        }
      }
    });
  }
  return { mode, columns, preview: columns.map((c) => previewOf(c, mode)), notes };
}

/** A whole column block as it is written: header on top, one entry per row down to the table's last row. */
export interface FillBlock {
  sheet: string;
  col: number;
  /** First row (the header row). */
  row: number;
  header: string;
  /** Rows below the header, in order: a formula, a number, a label, or "" for a row that gets nothing. */
  body: (string | number)[];
  numberFormat: string;
}

/** The blocks to write for a plan in its mode: one per new column, nothing cell by cell. */
export function fillBlocks(plan: FillPlan): FillBlock[] {
  return plan.columns.map((c) => {
    const body: (string | number)[] = new Array<string | number>(c.lastRow - c.headerRow).fill("");
    for (const cell of c.cells) {
      const i = cell.row - c.headerRow - 1;
      if (i < 0 || i >= body.length) continue;
      body[i] = plan.mode === "formulas" ? cell.formula : cell.value ?? "";
    }
    return { sheet: c.sheet, col: c.col, row: c.headerRow, header: c.header, body, numberFormat: c.numberFormat };
  });
}
