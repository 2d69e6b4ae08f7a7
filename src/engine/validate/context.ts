// What every rule of one table needs: the grid, the table, the settings, where findings go, and the
// table's columns read once each (linear in the number of cells).

import type { AnalysisSettings } from "../settings";
import type { ColumnRole, Grid, RecognizedTable, RoleKey, TableRow } from "../types";
import { readColumn, type ReadCell, type ReadColumn } from "./cells";
import type { FindingSink } from "./findings";

const AMOUNT_ROLES: ColumnRole[] = ["anggaran", "realisasi_anggaran", "sisa"];

export class TableContext {
  private readonly cache = new Map<number, ReadColumn>();
  readonly rowIndex = new Map<number, number>();
  /**
   * Parent figures that are not the sum of their children (`${col}:${row}` -> the children's sum): the checks
   * that build on them (the grandparent's sum, the row's serapan and sisa) also accept the corrected figure, so
   * one typo is one finding, not a cascade blaming the cells around it.
   */
  readonly corrected = new Map<string, number>();
  readonly dataRows: number[];

  constructor(
    readonly grid: Grid,
    readonly table: RecognizedTable,
    readonly settings: AnalysisSettings,
    readonly sink: FindingSink
  ) {
    this.dataRows = table.rows.map((r) => r.row);
    this.amountCols = (Object.entries(table.columns) as [RoleKey, number | undefined][])
      .filter(([k, c]) => c !== undefined && AMOUNT_ROLES.includes(k.split("@")[0] as ColumnRole))
      .map(([, c]) => c as number);
    table.rows.forEach((r, i) => this.rowIndex.set(r.row, i));
  }

  /** Columns of rupiah amounts: they settle the number convention together. */
  private readonly amountCols: number[];

  /** The column at sheet index `col`, read over all data rows of the table (cached). */
  column(col: number): ReadColumn {
    let c = this.cache.get(col);
    if (!c) {
      c = readColumn(
        this.grid,
        this.dataRows,
        col,
        this.amountCols.includes(col) ? this.amountCols : []
      );
      this.cache.set(col, c);
    }
    return c;
  }

  cell(col: number, row: number): ReadCell | undefined {
    const i = this.rowIndex.get(row);
    return i === undefined ? undefined : this.column(col).cells[i];
  }
}

/** Target, realisasi and capaian columns that belong together (one set per year). */
export interface MeasureColumns {
  year?: number;
  target?: number;
  realisasi?: number;
  capaian?: number;
  predikat?: number;
}

const MEASURE_ROLES = ["target", "realisasi", "capaian", "predikat"] as const;

/** Group the table's target / realisasi / capaian / predikat columns by year; plain roles join the table's year. */
export function measureColumns(table: RecognizedTable): MeasureColumns[] {
  const groups = new Map<string, MeasureColumns>();
  const plainYear = table.year;
  for (const [key, col] of Object.entries(table.columns) as [RoleKey, number | undefined][]) {
    if (col === undefined) continue;
    const [role, yearText] = key.split("@") as [ColumnRole, string | undefined];
    if (!(MEASURE_ROLES as readonly string[]).includes(role)) continue;
    const year = yearText !== undefined ? Number(yearText) : plainYear;
    const id = year === undefined ? "-" : String(year);
    const g = groups.get(id) ?? (year === undefined ? {} : { year });
    const r = role as (typeof MEASURE_ROLES)[number];
    // A plain role does not override the year-specific one.
    if (g[r] === undefined || yearText !== undefined) g[r] = col;
    groups.set(id, g);
  }
  return [...groups.values()];
}

/** Rows that hold one indicator's figures. */
export function isIndicatorRow(row: TableRow): boolean {
  return row.kind === "indicator" || row.kind === "data";
}
