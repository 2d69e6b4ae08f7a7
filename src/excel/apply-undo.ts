// Undo of the add-in's own writes (fill, compare, portable). Excel's undo stack does not cover an
// add-in's writes, so each apply keeps, from the round trip it already makes to check its targets, what
// those cells held before, and what it wrote. `undoApply` restores that exactly (formulas, values, number
// formats; sheets compare added are removed, sheets it rewrote get their old cells back), in two round
// trips, and refuses, changing nothing, when the user has edited those cells since.
import type { ExcelContext } from "./excel-subset";
import { parseRange, sheetPrefix } from "../engine/index";

/** A range the add-in wrote: its sheet and an A1 range without the sheet ("G5:G8"). */
export interface WrittenRange {
  sheet: string;
  range: string;
}

type Cell = string | number | boolean;

/** The content and number formats of a rectangle, as `range.formulas` / `range.numberFormat` give them. */
export interface RangeState {
  /** What `range.formulas` returns (a formula, or the constant). */
  formulas: Cell[][];
  numberFormat: string[][];
  /** Cells whose string is text, not a formula: restored as text (Excel's apostrophe), never evaluated. */
  text?: boolean[][];
  /** Bold of the first cell (a header fill wrote bold), when the apply changed it. */
  bold?: boolean;
}

/** Cells written in place: what they held and what the add-in wrote (to tell whether the user edited them since). */
export interface UndoCells extends WrittenRange {
  before: RangeState;
  after: RangeState;
}

/** A generated sheet rewritten in place: its old cells (from A1) and what the rewrite put there. */
export interface UndoSheet {
  name: string;
  /** The old used range (A1 range) and its cells; null when it was empty. */
  before: { range: string; state: RangeState } | null;
  /** What the rewrite wrote from A1 (text without its apostrophe). */
  after: Cell[][];
  /** Rows that were bold over columns [0, width) (titles, headers). */
  boldRows?: { width: number; rows: number[] };
  /** Widths (points) of the columns the rewrite sized, from column A. */
  columnWidths?: number[];
  /** The sheet's first chart before the rewrite: what it read and where it sat; null when it had none. */
  chart?: { source: ChartPlace; anchor: { row: number; col: number } } | null;
  /** True when the rewrite added the sheet's first chart (undo deletes it). */
  chartAdded?: boolean;
}

/** A rectangle by 0-based indexes. */
export interface ChartPlace {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** Everything needed to undo one fill, compare or portable conversion. Plain data: kept by the host while the pane is open. */
export interface UndoRecord {
  /** What is undone, for the button and messages ("Isi kolom", "Bandingkan", "Ubah ke rumus Excel biasa"). */
  label: string;
  cells: UndoCells[];
  /** Sheets the step added: removed. `after` is what they held, from A1. */
  addedSheets: { name: string; after: Cell[][] }[];
  updatedSheets: UndoSheet[];
}

export interface UndoResult {
  /** Cells given back their old content. */
  cellsRestored: number;
  sheetsRemoved: string[];
  sheetsRestored: string[];
  syncs: number;
}

/** The user edited what the step wrote: nothing was undone. */
export class UndoConflictError extends Error {
  constructor(
    readonly label: string,
    readonly where: string[]
  ) {
    super(
      `"${label}" tidak dapat diurungkan, tidak ada yang diubah: ${where.slice(0, 5).join(", ")}${where.length > 5 ? ` dan ${where.length - 5} lainnya` : ""} sudah diubah sejak itu. Urungkan hanya bisa selama hasil add-in belum disunting; kembalikan sel itu dengan tangan bila perlu.`
    );
    this.name = "UndoConflictError";
    Object.setPrototypeOf(this, UndoConflictError.prototype);
  }
}

/** A loaded range (formulas, values, numberFormat) as a state to restore. */
export function snapshotOf(
  range: { formulas: unknown[][]; values: unknown[][]; numberFormat: unknown[][] },
  bold?: boolean
): RangeState {
  const formulas = range.formulas.map((row) =>
    row.map((v) => (v === null || v === undefined ? "" : (v as Cell)))
  );
  // A string whose value is the string itself is text; a formula's value is its result.
  const text = formulas.map((row, i) =>
    row.map((f, j) => typeof f === "string" && f !== "" && range.values[i]?.[j] === f)
  );
  const state: RangeState = {
    formulas,
    numberFormat: range.numberFormat.map((row) =>
      row.map((f) => (typeof f === "string" ? f : "General"))
    ),
  };
  if (text.some((row) => row.some(Boolean))) state.text = text;
  if (bold !== undefined) state.bold = bold;
  return state;
}

/** What to put in `range.formulas` to get the state back: text behind Excel's apostrophe. */
function inputOf(state: RangeState): Cell[][] {
  return state.formulas.map((row, i) =>
    row.map((f, j) => (state.text?.[i]?.[j] && typeof f === "string" ? `'${f}` : f))
  );
}

/** Formulas as Excel gives them back may differ in case and spacing; numbers by rounding; "" and null are one. */
export function sameCell(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === "" || v === null || v === undefined;
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  const s = (v: unknown) => String(v).replace(/\s+/g, "").toUpperCase();
  return s(a) === s(b);
}

/** A1 label of a cell inside a range, for messages. */
function cellLabel(sheet: string, range: string, i: number, j: number): string {
  const r = parseRange(range);
  const row = (r?.row ?? 0) + i;
  const col = (r?.col ?? 0) + j;
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${sheetPrefix(sheet)}${letters}${row + 1}`;
}

/** Cells of `now` (read from `origin`) that differ from `expected` (from A1); anything beyond `expected` must be empty. */
function edited(
  now: unknown[][],
  origin: { row: number; col: number },
  expected: Cell[][]
): [number, number][] {
  const out: [number, number][] = [];
  now.forEach((row, i) =>
    row.forEach((v, j) => {
      const want = expected[origin.row + i]?.[origin.col + j] ?? "";
      if (!sameCell(v, want)) out.push([origin.row + i, origin.col + j]);
    })
  );
  return out;
}

/**
 * Undoes one step. Round trips: one to read what is there now (refusing when the user changed it), one to
 * restore. Sheets the step added are deleted; sheets it rewrote are cleared and get their old cells back.
 */
export async function undoApply(context: ExcelContext, record: UndoRecord): Promise<UndoResult> {
  const sheets = context.workbook.worksheets;
  const cellReads = record.cells.map((c) => {
    const range = sheets.getItem(c.sheet).getRange(c.range);
    range.load("formulas");
    return { c, range };
  });
  const sheetReads = [
    ...record.addedSheets.map((s) => ({ name: s.name, after: s.after })),
    ...record.updatedSheets,
  ].map((s) => {
    const used = sheets.getItem(s.name).getUsedRangeOrNullObject(true);
    used.load(["formulas", "address"]);
    return { name: s.name, after: s.after, used };
  });
  try {
    await context.sync();
  } catch {
    const names = [
      ...new Set([...record.cells.map((c) => c.sheet), ...sheetReads.map((s) => s.name)]),
    ];
    throw new UndoConflictError(
      record.label,
      names.map((n) => `lembar "${n}" (dihapus atau diganti namanya)`)
    );
  }
  const where: string[] = [];
  for (const { c, range } of cellReads) {
    range.formulas.forEach((row, i) =>
      row.forEach((v, j) => {
        if (!sameCell(v, c.after.formulas[i]?.[j] ?? ""))
          where.push(cellLabel(c.sheet, c.range, i, j));
      })
    );
  }
  for (const s of sheetReads) {
    if (s.used.isNullObject) continue;
    const local = s.used.address.includes("!")
      ? s.used.address.slice(s.used.address.lastIndexOf("!") + 1)
      : s.used.address;
    const origin = parseRange(local.replace(/\$/g, "")) ?? { row: 0, col: 0 };
    for (const [i, j] of edited(s.used.formulas, origin, s.after))
      where.push(cellLabel(s.name, "A1", i, j));
  }
  if (where.length > 0) throw new UndoConflictError(record.label, where);

  let cellsRestored = 0;
  for (const c of record.cells) {
    const range = sheets.getItem(c.sheet).getRange(c.range);
    range.numberFormat = c.before.numberFormat;
    range.formulas = inputOf(c.before);
    if (c.before.bold !== undefined)
      sheets.getItem(c.sheet).getRange(c.range).getCell(0, 0).format.font.bold = c.before.bold;
    cellsRestored += c.before.formulas.flat().length;
  }
  for (const s of record.addedSheets) sheets.getItem(s.name).delete();
  for (const s of record.updatedSheets) {
    const ws = sheets.getItem(s.name);
    ws.getRange().clear("All");
    if (s.before) {
      const range = ws.getRange(s.before.range);
      range.numberFormat = s.before.state.numberFormat;
      range.formulas = inputOf(s.before.state);
      cellsRestored += s.before.state.formulas.flat().filter((v) => v !== "").length;
    }
    for (const r of s.boldRows?.rows ?? [])
      ws.getRangeByIndexes(r, 0, 1, s.boldRows!.width).format.font.bold = true;
    (s.columnWidths ?? []).forEach((w, c) => {
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
    });
    if (s.chartAdded) ws.charts.getItemAt(0).delete();
    else if (s.chart) {
      // The chart the sheet had reads its old block again, where it sat.
      const { source: p, anchor } = s.chart;
      const chart = ws.charts.getItemAt(0);
      chart.setData(ws.getRangeByIndexes(p.row, p.col, p.rowCount, p.colCount), "Columns");
      chart.setPosition(
        ws.getRangeByIndexes(anchor.row, anchor.col, 1, 1),
        ws.getRangeByIndexes(anchor.row + 18, anchor.col + 8, 1, 1)
      );
    }
  }
  await context.sync();
  return {
    cellsRestored,
    sheetsRemoved: record.addedSheets.map((s) => s.name),
    sheetsRestored: record.updatedSheets.map((s) => s.name),
    syncs: 2,
  };
}
