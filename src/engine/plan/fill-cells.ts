// The content of each row of a new column: a live =SAKIP.* formula, and the engine's own figure.
import { serapan, sisa } from "../anggaran";
import { arah } from "../arah";
import { capaian, capaianAngka, samakanSkala } from "../capaian";
import { efisiensi } from "../efisiensi";
import { SakipError } from "../errors";
import { bacaKolom, type ColumnReading } from "../numbers";
import { predikat } from "../predikat";
import { indicatorKey } from "../settings";
import type { AnalysisSettings, Polarity } from "../settings";
import type { CellValue, Grid, RecognizedTable, TableRow } from "../types";
import { cellA1, sheetPrefix } from "./a1";
import type { FillKind, NeededColumn } from "./fill-columns";
import { cellOf, isEmptyCell } from "./grid-cells";
import { RUPIAH } from "./compare-cells";
import { appendAverageLine } from "./fill-average";

/** One row of a new column. `formula` is "" on rows that get nothing (no inputs at all). */
export interface FillCell {
  row: number;
  /** en-US formula with a leading "=", written in `formulas` mode. */
  formula: string;
  /** The engine's figure (a fraction for percents, a label for predikat), written in `values` mode; null when it cannot be computed. */
  value: number | string | null;
  /** Why `value` is null, in Indonesian with the sheet and cell. */
  note?: string;
  /** Number format to write with it, for a cell of the table's own column (its format kept, else the figure's). */
  numberFormat?: string;
}

/** Rows that get a figure: every data row of an anggaran table, indicator rows of the others. */
export function rowsToFill(table: RecognizedTable): TableRow[] {
  if (table.kind === "anggaran") return table.rows;
  return table.rows.filter((r) => r.kind === "indicator" || r.kind === "data");
}

export function polarityOf(name: string, settings: AnalysisSettings): Polarity {
  const chosen = settings.polarity[indicatorKey(name)];
  const p = chosen ?? (name.trim() === "" ? "higher" : arah(name));
  if (p === "lower" && settings.lowerFormula === "lower-ratio") return "lower-ratio";
  return p;
}

/**
 * The scale argument of SAKIP.PREDIKAT: none for the default scale, the name of a named one, and the bands
 * of the user's own scale (or the one printed in the report) as an array constant, so the formula grades
 * with the same scale as the findings. The lowest band (no lower bound) is written as a printed interval
 * ("< 51"), which SAKIP.PREDIKAT reads as the open bottom band.
 */
export function scaleArg(settings: AnalysisSettings): string {
  const s = settings.scale;
  if (Array.isArray(s)) {
    const sorted = [...s].sort((a, b) => a[0] - b[0]);
    const rows = sorted.map(([bound, label], i) => {
      const next = sorted[i + 1]?.[0];
      const b = Number.isFinite(bound)
        ? String(bound)
        : `"< ${next !== undefined && Number.isFinite(next) ? next : 0}"`;
      return `${b},"${label.replace(/"/g, '""')}"`;
    });
    return `,{${rows.join(";")}}`;
  }
  return s !== "auto" && s !== "permendagri86" ? `,"${s}"` : "";
}

function message(e: unknown): string {
  if (e instanceof SakipError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

function readColumn(grid: Grid, col: number, rows: TableRow[]): ColumnReading {
  return bacaKolom(
    rows.map((r) => {
      const c = cellOf(grid, r.row, col);
      return { value: c.value, text: c.text, numberFormat: c.numberFormat };
    })
  );
}

const isBlank = (v: CellValue): boolean =>
  v === null || v === "" || (typeof v === "string" && v.trim() === "");

interface Context {
  grid: Grid;
  table: RecognizedTable;
  settings: AnalysisSettings;
  rows: TableRow[];
  /** Column index of each needed column once placed (the table's own column for an `into` need). */
  placed: number[];
  /** Figures of the needed columns computed so far (predikat reads the new capaian's). */
  computed: FillCell[][];
  /** Per needed column, the row indices it does not write: cells of the table's own column that have content. */
  kept: Set<number>[];
}

/**
 * Row indices of an `into` column whose cell is not free: it has content, or lies under a merged
 * area whose top-left cell is elsewhere (Excel keeps only that one).
 */
export function keptRows(grid: Grid, rows: TableRow[], col: number | undefined): Set<number> {
  const kept = new Set<number>();
  if (col === undefined) return kept;
  rows.forEach((r, i) => {
    const covered = grid.merges.some(
      (m) =>
        r.row >= m.row &&
        r.row < m.row + m.rowCount &&
        col >= m.col &&
        col < m.col + m.colCount &&
        (m.row !== r.row || m.col !== col)
    );
    if (covered || !isEmptyCell(cellOf(grid, r.row, col))) kept.add(i);
  });
  return kept;
}

/**
 * A percent column of the table's own that holds percent points (102,08 for 102,08%: bare numbers
 * above BATAS_FRAKSI, none typed or formatted with %): figures written into it follow that convention.
 */
export function holdsPoints(grid: Grid, rows: TableRow[], col: number): boolean {
  let points = 0;
  let fractions = 0;
  for (const r of rows) {
    const c = cellOf(grid, r.row, col);
    if (c.numberFormat.includes("%") || (typeof c.value === "string" && c.value.includes("%")))
      return false;
    if (typeof c.value === "number") {
      if (Math.abs(c.value) > 10) points++;
      else fractions++;
    }
  }
  return points > 0 && points > fractions;
}

/** The figure's own value of a needed column at row index i: computed where this plan writes it, else the cell. */
function inputAt(
  ctx: Context,
  fromNew: number | undefined,
  col: number,
  i: number
): { value: CellValue; blank: boolean } {
  const row = ctx.rows[i]!.row;
  if (fromNew !== undefined && !ctx.kept[fromNew]!.has(i)) {
    const c = ctx.computed[fromNew]![i]!;
    return { value: c.value === null ? "" : c.value, blank: c.formula === "" };
  }
  const v = cellOf(ctx.grid, row, col).value;
  return { value: v, blank: isBlank(v) };
}

function where(ctx: Context, row: number, col: number): string {
  return `${sheetPrefix(ctx.grid.sheet)}${cellA1(row, col)}`;
}

function capaianCells(ctx: Context, need: NeededColumn): FillCell[] {
  const [tCol, rCol] = need.inputs as [number, number];
  const tRead = readColumn(ctx.grid, tCol, ctx.rows);
  const rRead = readColumn(ctx.grid, rCol, ctx.rows);
  const nameCol = ctx.table.columns.indikator;
  return ctx.rows.map((r, i) => {
    const t = cellOf(ctx.grid, r.row, tCol).value;
    const re = cellOf(ctx.grid, r.row, rCol).value;
    const name = nameCol === undefined ? "" : String(cellOf(ctx.grid, r.row, nameCol).value ?? "");
    const polarity = polarityOf(name, ctx.settings);
    const arg = polarity === "higher" ? "" : `,"${polarity}"`;
    const formula =
      isBlank(t) && isBlank(re)
        ? ""
        : `=SAKIP.CAPAIAN(${cellA1(r.row, tCol)},${cellA1(r.row, rCol)}${arg})`;
    if (isBlank(t) || isBlank(re)) {
      const missing = isBlank(t) ? where(ctx, r.row, tCol) : where(ctx, r.row, rCol);
      return {
        row: r.row,
        formula,
        value: null,
        note: `Capaian baris ${r.row + 1} tidak dihitung: ${missing} kosong. Isi target dan realisasinya lalu jalankan pengisian lagi.`,
      };
    }
    try {
      const tv = tRead.values[i];
      const rv = rRead.values[i];
      // Numbers go through the column readers (the column settles 1.100 vs 1,100); categories (B, WTP) through capaian.
      const value =
        tv !== null && tv !== undefined && rv !== null && rv !== undefined
          ? capaianAngka(
              ...samakanSkala(
                { value: tv, percent: tRead.percent[i] ?? false },
                { value: rv, percent: rRead.percent[i] ?? false }
              ),
              polarity
            )
          : capaian(t, re, polarity);
      return { row: r.row, formula, value };
    } catch (e) {
      return {
        row: r.row,
        formula,
        value: null,
        note: `Capaian ${where(ctx, r.row, ctx.placed[ctx.computed.length] ?? tCol)} tidak dihitung: ${message(e)}`,
      };
    }
  });
}

function predikatCells(ctx: Context, need: NeededColumn): FillCell[] {
  const fromNew = need.fromNew;
  const capCol = fromNew !== undefined ? ctx.placed[fromNew]! : need.inputs[0]!;
  const scale = ctx.settings.scale === "auto" ? undefined : ctx.settings.scale;
  return ctx.rows.map((r, i) => {
    const input = inputAt(ctx, fromNew, capCol, i);
    const source: CellValue = input.value;
    const hasInput = !input.blank;
    const formula = hasInput
      ? `=SAKIP.PREDIKAT(${cellA1(r.row, capCol)}${scaleArg(ctx.settings)})`
      : "";
    if (source === null || isBlank(source)) {
      return {
        row: r.row,
        formula,
        value: null,
        note: `Predikat baris ${r.row + 1} tidak ditentukan: capaiannya (${where(ctx, r.row, capCol)}) tidak ada.`,
      };
    }
    try {
      return { row: r.row, formula, value: predikat(source, scale) };
    } catch (e) {
      return {
        row: r.row,
        formula,
        value: null,
        note: `Predikat ${where(ctx, r.row, capCol)} tidak ditentukan: ${message(e)}`,
      };
    }
  });
}

function moneyCells(ctx: Context, need: NeededColumn): FillCell[] {
  const [pCol, rCol] = need.inputs as [number, number];
  const pRead = readColumn(ctx.grid, pCol, ctx.rows);
  const rRead = readColumn(ctx.grid, rCol, ctx.rows);
  const fn = need.kind === "serapan" ? "SERAPAN" : "SISA";
  const label = need.kind === "serapan" ? "Serapan" : "Sisa anggaran";
  return ctx.rows.map((r, i) => {
    const p = cellOf(ctx.grid, r.row, pCol).value;
    const re = cellOf(ctx.grid, r.row, rCol).value;
    const formula =
      isBlank(p) && isBlank(re)
        ? ""
        : `=SAKIP.${fn}(${cellA1(r.row, pCol)},${cellA1(r.row, rCol)})`;
    const pv = pRead.values[i];
    const rv = rRead.values[i];
    if (pv === null || pv === undefined || rv === null || rv === undefined) {
      const bad =
        pv === null || pv === undefined ? where(ctx, r.row, pCol) : where(ctx, r.row, rCol);
      const issue = [...pRead.issues, ...rRead.issues].find((x) => x.index === i);
      return {
        row: r.row,
        formula,
        value: null,
        note: `${label} baris ${r.row + 1} tidak dihitung: ${bad} ${issue ? `tidak terbaca sebagai angka (${issue.message})` : "kosong"}. Perbaiki selnya lalu jalankan pengisian lagi.`,
      };
    }
    try {
      return {
        row: r.row,
        formula,
        value: need.kind === "serapan" ? serapan(pv, rv) : sisa(pv, rv),
      };
    } catch (e) {
      return {
        row: r.row,
        formula,
        value: null,
        note: `${label} baris ${r.row + 1} tidak dihitung: ${message(e)}`,
      };
    }
  });
}

/**
 * Efisiensi from the row's capaian and serapan, referenced as they are: SAKIP.EFISIENSI reads a bare
 * number up to 10 as a fraction (3,84 = 384%) and above as percent points (105 = 105%).
 */
function efisiensiCells(ctx: Context, need: NeededColumn): FillCell[] {
  const method = ctx.settings.efficiency === "auto" ? "rasio" : ctx.settings.efficiency;
  const metode = method === "rasio" ? "" : `,"${method}"`;
  const side = (k: number) => {
    const fromNew = need.fromNewInputs?.[k];
    const col = fromNew !== undefined ? ctx.placed[fromNew]! : need.inputs[k]!;
    return { fromNew, col };
  };
  const [cap, ser] = [side(0), side(1)];
  return ctx.rows.map((r, i) => {
    const input = (s: {
      fromNew: number | undefined;
      col: number;
    }): { value: CellValue; ref: string; blank: boolean } => ({
      ...inputAt(ctx, s.fromNew, s.col, i),
      ref: cellA1(r.row, s.col),
    });
    const c = input(cap);
    const s = input(ser);
    const formula = c.blank && s.blank ? "" : `=SAKIP.EFISIENSI(${c.ref},${s.ref}${metode})`;
    if (isBlank(c.value) || isBlank(s.value)) {
      return {
        row: r.row,
        formula,
        value: null,
        note: `Efisiensi baris ${r.row + 1} tidak dihitung: ${isBlank(c.value) ? `capaian (${where(ctx, r.row, cap.col)})` : `serapan (${where(ctx, r.row, ser.col)})`} kosong. Isi lalu jalankan pengisian lagi.`,
      };
    }
    try {
      return { row: r.row, formula, value: efisiensi(c.value, s.value, method) };
    } catch (e) {
      return {
        row: r.row,
        formula,
        value: null,
        note: `Efisiensi baris ${r.row + 1} tidak dihitung: ${message(e)}`,
      };
    }
  });
}

/** Cells of every needed column of one table, in order (predikat may read a capaian computed just before). */
const DEFAULT_FORMAT: Record<FillKind, string> = {
  capaian: "0.00%",
  predikat: "General",
  serapan: "0.00%",
  sisa: RUPIAH,
  efisiensi: "0.00%",
};

/** The number format a figure gets in a column without one. */
export function defaultFormat(kind: FillKind): string {
  return DEFAULT_FORMAT[kind];
}

/**
 * Into the table's own column: the cell keeps its number format, else gets the figure's (percent, or
 * "0.00" for a column of percent points, whose figures are then written x 100 as the column has them).
 */
function intoOwnColumn(ctx: Context, need: NeededColumn, cells: FillCell[]): FillCell[] {
  const col = need.into!;
  const points =
    (need.kind === "capaian" || need.kind === "serapan" || need.kind === "efisiensi") &&
    holdsPoints(ctx.grid, ctx.rows, col);
  return cells.map((c) => {
    const own = cellOf(ctx.grid, c.row, col).numberFormat;
    const fallback = points ? "0.00" : DEFAULT_FORMAT[need.kind];
    const out: FillCell = { ...c, numberFormat: own !== "" && own !== "General" ? own : fallback };
    if (points) {
      if (c.formula !== "") out.formula = `${c.formula}*100`;
      if (typeof c.value === "number") out.value = c.value * 100;
    }
    return out;
  });
}

/** Cells of every needed column of one table, in order (predikat may read a capaian computed just before). */
export function fillCells(
  grid: Grid,
  table: RecognizedTable,
  needs: NeededColumn[],
  placed: number[],
  settings: AnalysisSettings
): FillCell[][] {
  const rows = rowsToFill(table);
  const ctx: Context = {
    grid,
    table,
    settings,
    rows,
    placed,
    computed: [],
    kept: needs.map((n) => keptRows(grid, rows, n.into)),
  };
  const byKind: Record<FillKind, (c: Context, n: NeededColumn) => FillCell[]> = {
    capaian: capaianCells,
    predikat: predikatCells,
    serapan: moneyCells,
    sisa: moneyCells,
    efisiensi: efisiensiCells,
  };
  for (const need of needs) {
    const cells = byKind[need.kind](ctx, need);
    ctx.computed.push(need.into === undefined ? cells : intoOwnColumn(ctx, need, cells));
  }
  if (table.kind !== "anggaran")
    appendAverageLine(
      grid,
      table,
      needs,
      rows,
      ctx.computed,
      ctx.kept,
      settings,
      scaleArg(settings)
    );
  return ctx.computed;
}

/** Rows of an `into` column that this plan writes: empty cells that get a formula or a figure. */
export function writtenInto(
  grid: Grid,
  table: RecognizedTable,
  col: number,
  cells: FillCell[]
): FillCell[] {
  const kept = keptRows(grid, rowsToFill(table), col);
  return cells.filter((_, i) => !kept.has(i));
}
