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
import { cellOf } from "./grid-cells";

/** One row of a new column. `formula` is "" on rows that get nothing (no inputs at all). */
export interface FillCell {
  row: number;
  /** en-US formula with a leading "=", written in `formulas` mode. */
  formula: string;
  /** The engine's figure (a fraction for percents, a label for predikat), written in `values` mode; null when it cannot be computed. */
  value: number | string | null;
  /** Why `value` is null, in Indonesian with the sheet and cell. */
  note?: string;
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

/** The scale argument of SAKIP.PREDIKAT: none for the default scale. */
function scaleArg(settings: AnalysisSettings): string {
  const s = settings.scale;
  return typeof s === "string" && s !== "auto" && s !== "permendagri86" ? `,"${s}"` : "";
}

function message(e: unknown): string {
  if (e instanceof SakipError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

function readColumn(grid: Grid, col: number, rows: TableRow[]): ColumnReading {
  return bacaKolom(rows.map((r) => {
    const c = cellOf(grid, r.row, col);
    return { value: c.value, text: c.text, numberFormat: c.numberFormat };
  }));
}

const isBlank = (v: CellValue): boolean => v === null || v === "" || (typeof v === "string" && v.trim() === "");

interface Context {
  grid: Grid;
  table: RecognizedTable;
  settings: AnalysisSettings;
  rows: TableRow[];
  /** Column index of each needed column once placed. */
  placed: number[];
  /** Figures of the needed columns computed so far (predikat reads the new capaian's). */
  computed: FillCell[][];
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
    const formula = isBlank(t) && isBlank(re) ? "" : `=SAKIP.CAPAIAN(${cellA1(r.row, tCol)},${cellA1(r.row, rCol)}${arg})`;
    if (isBlank(t) || isBlank(re)) {
      const missing = isBlank(t) ? where(ctx, r.row, tCol) : where(ctx, r.row, rCol);
      return { row: r.row, formula, value: null,
        note: `Capaian baris ${r.row + 1} tidak dihitung: ${missing} kosong. Isi target dan realisasinya lalu jalankan pengisian lagi.` };
    }
    try {
      const tv = tRead.values[i];
      const rv = rRead.values[i];
      // Numbers go through the column readers (the column settles 1.100 vs 1,100); categories (B, WTP) through capaian.
      const value = tv !== null && tv !== undefined && rv !== null && rv !== undefined
        ? capaianAngka(...samakanSkala({ value: tv, percent: tRead.percent[i] ?? false },
          { value: rv, percent: rRead.percent[i] ?? false }), polarity)
        : capaian(t, re, polarity);
      return { row: r.row, formula, value };
    } catch (e) {
      return { row: r.row, formula, value: null,
        note: `Capaian ${where(ctx, r.row, ctx.placed[ctx.computed.length] ?? tCol)} tidak dihitung: ${message(e)}` };
    }
  });
}

function predikatCells(ctx: Context, need: NeededColumn): FillCell[] {
  const fromNew = need.fromNew;
  const capCol = fromNew !== undefined ? ctx.placed[fromNew]! : need.inputs[0]!;
  const scale = ctx.settings.scale === "auto" ? undefined : ctx.settings.scale;
  return ctx.rows.map((r, i) => {
    const source: CellValue | undefined = fromNew !== undefined
      ? ctx.computed[fromNew]![i]!.value
      : cellOf(ctx.grid, r.row, capCol).value;
    const hasInput = fromNew !== undefined ? ctx.computed[fromNew]![i]!.formula !== "" : !isBlank(source ?? "");
    const formula = hasInput ? `=SAKIP.PREDIKAT(${cellA1(r.row, capCol)}${scaleArg(ctx.settings)})` : "";
    if (source === null || source === undefined || isBlank(source)) {
      return { row: r.row, formula, value: null,
        note: `Predikat baris ${r.row + 1} tidak ditentukan: capaiannya (${where(ctx, r.row, capCol)}) tidak ada.` };
    }
    try {
      return { row: r.row, formula, value: predikat(source, scale) };
    } catch (e) {
      return { row: r.row, formula, value: null, note: `Predikat ${where(ctx, r.row, capCol)} tidak ditentukan: ${message(e)}` };
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
    const formula = isBlank(p) && isBlank(re) ? "" : `=SAKIP.${fn}(${cellA1(r.row, pCol)},${cellA1(r.row, rCol)})`;
    const pv = pRead.values[i];
    const rv = rRead.values[i];
    if (pv === null || pv === undefined || rv === null || rv === undefined) {
      const bad = pv === null || pv === undefined ? where(ctx, r.row, pCol) : where(ctx, r.row, rCol);
      const issue = [...pRead.issues, ...rRead.issues].find((x) => x.index === i);
      return { row: r.row, formula, value: null,
        note: `${label} baris ${r.row + 1} tidak dihitung: ${bad} ${issue ? `tidak terbaca sebagai angka (${issue.message})` : "kosong"}. Perbaiki selnya lalu jalankan pengisian lagi.` };
    }
    try {
      return { row: r.row, formula, value: need.kind === "serapan" ? serapan(pv, rv) : sisa(pv, rv) };
    } catch (e) {
      return { row: r.row, formula, value: null, note: `${label} baris ${r.row + 1} tidak dihitung: ${message(e)}` };
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
    const input = (s: { fromNew: number | undefined; col: number }): { value: CellValue; ref: string; blank: boolean } => {
      if (s.fromNew !== undefined) {
        const c = ctx.computed[s.fromNew]![i]!;
        return { value: c.value === null ? "" : c.value, ref: cellA1(r.row, s.col), blank: c.formula === "" };
      }
      const c = cellOf(ctx.grid, r.row, s.col);
      return { value: c.value, ref: cellA1(r.row, s.col), blank: isBlank(c.value) };
    };
    const c = input(cap);
    const s = input(ser);
    const formula = c.blank && s.blank ? "" : `=SAKIP.EFISIENSI(${c.ref},${s.ref}${metode})`;
    if (isBlank(c.value) || isBlank(s.value)) {
      return { row: r.row, formula, value: null,
        note: `Efisiensi baris ${r.row + 1} tidak dihitung: ${isBlank(c.value) ? `capaian (${where(ctx, r.row, cap.col)})` : `serapan (${where(ctx, r.row, ser.col)})`} kosong. Isi lalu jalankan pengisian lagi.` };
    }
    try {
      return { row: r.row, formula, value: efisiensi(c.value, s.value, method) };
    } catch (e) {
      return { row: r.row, formula, value: null, note: `Efisiensi baris ${r.row + 1} tidak dihitung: ${message(e)}` };
    }
  });
}

/** Cells of every needed column of one table, in order (predikat may read a capaian computed just before). */
export function fillCells(grid: Grid, table: RecognizedTable, needs: NeededColumn[], placed: number[],
  settings: AnalysisSettings): FillCell[][] {
  const ctx: Context = { grid, table, settings, rows: rowsToFill(table), placed, computed: [] };
  const byKind: Record<FillKind, (c: Context, n: NeededColumn) => FillCell[]> = {
    capaian: capaianCells, predikat: predikatCells, serapan: moneyCells, sisa: moneyCells, efisiensi: efisiensiCells,
  };
  for (const need of needs) ctx.computed.push(byKind[need.kind](ctx, need));
  return ctx.computed;
}
