// The fill plan: for every recognized table, the capaian / predikat / serapan / sisa columns it lacks,
// where they go (new columns right of the table, never over a cell that has anything), and what each
// row gets. Pure: grids and tables in, a plan out. `src/excel/apply-plan.ts` writes it.
import { DEFAULT_SETTINGS } from "../settings";
import type { AnalysisSettings } from "../settings";
import type { CellRect, Grid, RecognizedTable, RoleKey } from "../types";
import { cellA1, columnLetter, rectA1 } from "./a1";
import { defaultFormat, fillCells, writtenInto } from "./fill-cells";
import type { FillCell } from "./fill-cells";
import { neededColumns, targetColumns } from "./fill-columns";
import type { FillKind } from "./fill-columns";
import { cellOf, gridFor } from "./grid-cells";
import { efficiencyMethod } from "./efficiency-method";
import { isResolved, resolveSettings } from "../validate/resolve";
import { withheldNeeds, type FillWithheld } from "./fill-withheld";
import { certainTable } from "../recognize/uncertain";

export type { FillCell } from "./fill-cells";
export type { FillKind } from "./fill-columns";
export type { FillWithheld } from "./fill-withheld";
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
  /**
   * true: the table's own column (the template's empty Capaian (%)): only `cells` are written, each an
   * empty cell, with its number format; no header. false: a new column, header and every row written.
   */
  into: boolean;
  /** Row of the header text (the table's first header row). */
  headerRow: number;
  /** Last row of the table: a new column is written from headerRow to lastRow. */
  lastRow: number;
  /** One entry per filled data row, in sheet order (for an `into` column: only the empty cells it writes). */
  cells: FillCell[];
  /** Number format of the data cells (`0.00%` for percents); an `into` column's cells carry their own. */
  numberFormat: string;
  /** The table the column belongs to. */
  table: CellRect;
}

export interface FillPreviewItem {
  sheet: string;
  /** A1 range without the sheet, header included: "I3:I20"; for cells filled in an existing column, their runs: "G5:G8,G10". */
  range: string;
  header: string;
  /** One row as it will be written, e.g. `I7: =SAKIP.CAPAIAN(E7,F7) -> 102,08%`. */
  example: string;
  /** true when the cells go into a column the table already has. */
  into: boolean;
  /** Cells that get content. */
  cells: number;
}

export interface FillPlan {
  mode: FillMode;
  columns: FillColumn[];
  preview: FillPreviewItem[];
  /** Indonesian notes: rows left empty and why, tables that got nothing or could not be placed. */
  notes: string[];
  /** Columns not filled because a column they read or write was read by a guess (precision before recall). */
  withheld: FillWithheld[];
}

export interface FillOptions {
  mode?: FillMode;
  settings?: Partial<AnalysisSettings>;
}

/** Indonesian display of a figure for the preview (comma decimals, dot thousands). */
export function formatFigure(kind: FillKind, value: number | string | null): string {
  if (value === null) return "(kosong)";
  if (typeof value === "string") return value;
  const id = (n: number, digits: number): string =>
    n.toLocaleString("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return kind === "capaian" || kind === "serapan" || kind === "efisiensi"
    ? `${id(value * 100, 2)}%`
    : id(value, 0);
}

function previewOf(column: FillColumn, mode: FillMode): FillPreviewItem {
  const sample = column.cells.find((c) => c.value !== null && c.formula !== "") ?? column.cells[0];
  const range = column.into
    ? runsOf(column.cells.map((c) => c.row))
        .map(([from, to]) =>
          rectA1({ row: from, col: column.col, rowCount: to - from + 1, colCount: 1 })
        )
        .join(",")
    : rectA1({
        row: column.headerRow,
        col: column.col,
        rowCount: column.lastRow - column.headerRow + 1,
        colCount: 1,
      });
  let example = "(tidak ada baris data)";
  if (sample) {
    const at = cellA1(sample.row, column.col);
    const figure = formatFigure(column.kind, sample.value);
    example =
      mode === "formulas" && sample.formula !== ""
        ? `${at}: ${sample.formula} -> ${figure}`
        : `${at}: ${figure}`;
  }
  const cells =
    column.cells.filter((c) => (mode === "formulas" ? c.formula !== "" : c.value !== null)).length +
    (column.into ? 0 : 1);
  return { sheet: column.sheet, range, header: column.header, example, into: column.into, cells };
}

/** Consecutive rows as [first, last] runs: one range per run, so a kept cell between two is never written. */
export function runsOf(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * A new Sisa column is money written the way the table writes its pagu ("#,##0" stays "#,##0", not Rupiah
 * imposed); the other kinds, and a pagu in General or percent, get the default format.
 */
function newColumnFormat(
  grid: Grid,
  table: RecognizedTable,
  kind: FillKind,
  pagu: number | undefined
): string {
  if (kind !== "sisa" || pagu === undefined) return defaultFormat(kind);
  for (const row of table.rows) {
    const f = cellOf(grid, row.row, pagu).numberFormat;
    if (f && f !== "General" && !f.includes("%") && /[0#]/.test(f)) return f;
  }
  return defaultFormat(kind);
}

/**
 * Plans the columns every table lacks. Tables are those of `recognize` on the same grids; columns the
 * tables already have are left alone (validation checks them), so planning on a filled workbook gives
 * an empty plan.
 */
export function planFill(
  grids: Grid[],
  tables: RecognizedTable[],
  options: FillOptions = {}
): FillPlan {
  const mode = options.mode ?? "formulas";
  // "Auto" resolved once from the whole workbook (the hosts pass it resolved; a raw setting is resolved here).
  const settings: AnalysisSettings = isResolved(options.settings)
    ? { ...DEFAULT_SETTINGS, ...options.settings }
    : resolveSettings(grids, tables, options.settings).settings;
  const columns: FillColumn[] = [];
  const notes: string[] = [];
  const withheld: FillWithheld[] = [];
  // Cells promised to earlier tables of this plan: [sheet, col, fromRow, toRow].
  const claims: [string, number, number, number][] = [];
  // "auto": the efisiensi formula the workbook's own figures fit, decided once for every table.
  const method = efficiencyMethod(settings.efficiency, grids, tables.map(certainTable));
  for (const table of tables) {
    const grid = gridFor(grids, table.sheet);
    if (!grid) continue;
    const others = tables.filter((t) => t !== table && t.sheet === table.sheet).map((t) => t.range);
    const needs = neededColumns(grid, table, others);
    if (needs.length === 0) continue;
    const where = `tabel ${table.sheet}!${rectA1(table.range)}`;
    // Needs that read or write a guessed column: never written, said instead.
    const held = withheldNeeds(table, needs);
    const taken = (col: number, from: number, to: number): boolean =>
      claims.some(([s, c, f, t]) => s === table.sheet && c === col && f <= to && from <= t) ||
      others.some(
        (r) =>
          col >= r.col && col < r.col + r.colCount && r.row <= to && from <= r.row + r.rowCount - 1
      );
    // A new column only for a figure the table has no column for; the others go into their own column.
    const fresh = needs
      .map((n, i) => (n.into === undefined && !held.has(i) ? i : -1))
      .filter((i) => i >= 0);
    const slots = targetColumns(grid, table, fresh.length, taken);
    const placed = needs.map((n) => n.into ?? -1);
    if (fresh.length > 0 && slots.length === 0) {
      notes.push(
        `Kolom baru untuk ${where} tidak dapat ditempatkan: tidak ada kolom kosong di kanannya. Kosongkan kolom di kanan tabel lalu coba lagi.`
      );
    } else if (fresh.length > 0) {
      fresh.forEach((needIndex, k) => {
        placed[needIndex] = slots[k]!;
      });
      const first = table.range.col + table.range.colCount;
      if (slots[0] !== first) {
        notes.push(
          `Kolom baru untuk ${where} ditulis mulai kolom ${columnLetter(slots[0]!)} karena kolom di sebelah kanannya tidak kosong.`
        );
      }
    }
    // A figure that reads a column which could not be placed is not planned either.
    const usable = needs.map(
      (n, i) =>
        placed[i]! >= 0 &&
        [n.fromNew, ...(n.fromNewInputs ?? [])].every((k) => k === undefined || placed[k]! >= 0)
    );
    const cells = fillCells(
      grid,
      table,
      needs,
      placed.map((c) => Math.max(c, 0)),
      { ...settings, efficiency: method }
    );
    const headerRow = Math.min(table.range.row, ...table.headerRows);
    const lastRow = table.range.row + table.range.rowCount - 1;
    needs.forEach((need, i) => {
      const gets = (c: FillCell): boolean =>
        mode === "formulas" ? c.formula !== "" : c.value !== null;
      const reason = held.get(i);
      if (reason !== undefined) {
        // A withheld column of the table's own that has no empty cell to fill is nothing to say.
        if (
          need.into !== undefined &&
          writtenInto(grid, table, need.into, cells[i]!).filter(gets).length === 0
        )
          return;
        withheld.push({
          sheet: table.sheet,
          kind: need.kind,
          ...(need.year !== undefined ? { year: need.year } : {}),
          header:
            need.into !== undefined
              ? (headerText(grid, table, need.into) ?? need.header)
              : need.header,
          ...(need.into !== undefined ? { col: need.into } : {}),
          reason: `${need.into !== undefined ? `Kolom ${columnLetter(need.into)} ` : "Kolom "}"${need.into !== undefined ? (headerText(grid, table, need.into) ?? need.header) : need.header}" pada ${where} tidak diisi: ${reason}`,
          table: table.range,
        });
        return;
      }
      if (!usable[i]) return;
      const col = placed[i]!;
      const into = need.into !== undefined;
      const own = into ? writtenInto(grid, table, col, cells[i]!) : cells[i]!;
      // Into the table's own column: only empty cells that get something; a column with none is left out.
      const written = into ? own.filter(gets) : own;
      if (into && written.length === 0) return;
      if (!into) claims.push([table.sheet, col, headerRow, lastRow]);
      const column: FillColumn = {
        sheet: table.sheet,
        kind: need.kind,
        role: need.role,
        header: into ? (headerText(grid, table, col) ?? need.header) : need.header,
        col,
        into,
        headerRow,
        lastRow,
        cells: written,
        numberFormat: newColumnFormat(grid, table, need.kind, need.inputs[0]),
        table: table.range,
      };
      if (need.year !== undefined) column.year = need.year;
      columns.push(column);
      if (mode === "values") {
        for (const c of own) if (c.note) notes.push(c.note);
      } else {
        // A live formula on bad inputs shows Excel's error until the data is fixed: say so once per column.
        const bad = written.filter((c) => c.value === null && c.formula !== "");
        if (bad.length > 0) {
          notes.push(
            `${bad.length} rumus di kolom "${column.header}" (${table.sheet}) akan menampilkan galat sampai datanya diperbaiki, misalnya ${cellA1(bad[0]!.row, col)}: ${bad[0]!.note ?? ""}`
          );
        }
      }
    });
  }
  return { mode, columns, preview: columns.map((c) => previewOf(c, mode)), notes, withheld };
}

/** The header text the table shows above its own column (the lowest header row with text), for the preview. */
function headerText(grid: Grid, table: RecognizedTable, col: number): string | undefined {
  for (const row of [...table.headerRows].reverse()) {
    const c = cellOf(grid, row, col);
    const text = (c.text || String(c.value ?? "")).trim();
    if (text !== "" && !/^\(?\d+\)?/.test(text)) return text;
  }
  return undefined;
}

/**
 * A block as it is written: a new column (header on top, one entry per row down to the table's last
 * row), or a run of empty cells of the table's own column (no header).
 */
export interface FillBlock {
  sheet: string;
  col: number;
  /** First row: the header row of a new column, the first cell of a run. */
  row: number;
  /** The header of a new column; null for a run of cells in an existing column. */
  header: string | null;
  /** Rows below the header (or from `row` for a run), in order: a formula, a number, a label, or "" for a row that gets nothing. */
  body: (string | number)[];
  /** Number format per body row. */
  numberFormats: string[];
}

/** Every cell a block writes, header included, as an A1 range without the sheet. */
export function blockRange(b: FillBlock): string {
  return rectA1({
    row: b.row,
    col: b.col,
    rowCount: b.body.length + (b.header === null ? 0 : 1),
    colCount: 1,
  });
}

/** The blocks to write for a plan in its mode: one per new column, one per run of empty cells filled; nothing cell by cell. */
export function fillBlocks(plan: FillPlan): FillBlock[] {
  const content = (cell: FillCell): string | number =>
    plan.mode === "formulas" ? cell.formula : (cell.value ?? "");
  return plan.columns.flatMap((c): FillBlock[] => {
    if (c.into) {
      const byRow = new Map(c.cells.map((cell) => [cell.row, cell]));
      return runsOf(c.cells.map((cell) => cell.row)).map(([from, to]) => {
        const run = Array.from({ length: to - from + 1 }, (_, k) => byRow.get(from + k)!);
        return {
          sheet: c.sheet,
          col: c.col,
          row: from,
          header: null,
          body: run.map(content),
          numberFormats: run.map((cell) => cell.numberFormat ?? c.numberFormat),
        };
      });
    }
    const body: (string | number)[] = new Array<string | number>(c.lastRow - c.headerRow).fill("");
    for (const cell of c.cells) {
      const i = cell.row - c.headerRow - 1;
      if (i < 0 || i >= body.length) continue;
      body[i] = content(cell);
    }
    return [
      {
        sheet: c.sheet,
        col: c.col,
        row: c.headerRow,
        header: c.header,
        body,
        numberFormats: body.map(() => c.numberFormat),
      },
    ];
  });
}

/** What a fill did, in Indonesian: cells filled in the table's own columns and columns added, each named. */
export function fillSummary(plan: FillPlan): string {
  const into = plan.preview.filter((p) => p.into);
  const added = plan.preview.filter((p) => !p.into);
  const parts: string[] = [];
  if (into.length > 0) {
    const cells = into.reduce((n, p) => n + p.cells, 0);
    parts.push(
      `${cells} sel kosong diisi di ${into.length} kolom yang sudah ada (${into.map((p) => `${p.header} ${p.sheet}`).join(", ")})`
    );
  }
  if (added.length > 0)
    parts.push(
      `${added.length} kolom ditambahkan (${added.map((p) => `${p.header} ${p.sheet}`).join(", ")})`
    );
  const held = (plan.withheld ?? []).length;
  const heldText =
    held > 0
      ? ` ${held} kolom tidak diisi karena kolom yang dibacanya belum pasti: ${plan.withheld.map((w) => `${w.header} ${w.sheet}`).join(", ")}.`
      : "";
  if (parts.length === 0)
    return held > 0
      ? `Tidak ada yang diisi.${heldText}`
      : "Tidak ada yang perlu diisi: setiap tabel sudah lengkap.";
  return `Selesai: ${parts.join("; ")}.${heldText}`;
}
