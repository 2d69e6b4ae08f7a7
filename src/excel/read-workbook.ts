// Reads every sheet of the workbook into engine grids, within Excel's limits (read-budget.ts):
// 1) the list of sheets; 2) every sheet's used range dimensions with the first rows of each sheet and their
// merged areas: a small workbook is then read whole, in two round trips whatever the number of sheets;
// 3) a big one's remaining rows in blocks that keep each response under half of Excel on the web's 5 MB and
// each merged-areas question small, several sheets' blocks per round trip. A round trip that Excel still
// refuses (heavier cells than estimated, more than 512 merged areas) is split and asked again.
// Runs unchanged on real Excel and on the in-memory Excel.
import type {
  ExcelContext,
  ExcelRangeAreasSubset,
  ExcelRangeSubset,
  ExcelWorksheetSubset,
} from "./excel-subset";
import type { CellRect, CellValue, Grid } from "../engine/index";
import { parseAreas } from "./merged-address";
import { blocksOf, cellBudget, firstPassRows, packBlocks, splitBlock } from "./read-budget";
import type { Block } from "./read-budget";

export interface ReadWorkbookOptions {
  /** Only these sheets (case-insensitive); all sheets when absent. */
  sheets?: string[];
  /** Leave out hidden sheets (default: read them too, a report may keep its tables there). */
  skipHidden?: boolean;
  /** Load `range.formulas` too (default true); the fill plan and validation use them. */
  formulas?: boolean;
}

/** Excel's width: a block of whole rows. */
const SHEET_COLUMNS = 16384;
const DIMENSIONS = ["rowIndex", "columnIndex", "rowCount", "columnCount"];
const DATA = ["values", "text", "numberFormat"];

/** What Excel answers when a round trip asks too much: split it and ask again. */
const LIMIT_CODES = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "InvalidOperation",
  "GeneralException",
]);

function isLimitError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && LIMIT_CODES.has(code);
}

interface SheetRead {
  name: string;
  worksheet: ExcelWorksheetSubset;
  used: CellRect | null;
  grid: Grid;
  merges: Map<string, CellRect>;
}

interface Loaded {
  values: unknown[][];
  text: unknown[][];
  numberFormat: unknown[][];
  formulas?: unknown[][];
}

/** Beyond this many cells a used range is not read: Excel itself returns at most 5 million cells a range, and a
 * rectangle that big (content at A1 and XFD1048576) would cost thousands of round trips to read in blocks. */
export const MAX_USED_CELLS = 5_000_000;

/** A sheet whose used range is too big to read; `code` is the one Excel gives a response it refuses. */
export class UsedRangeTooLargeError extends Error {
  readonly code = "ResponsePayloadSizeLimitExceeded";
  constructor(
    readonly sheet: string,
    readonly cells: number
  ) {
    super(
      `Rentang terpakai lembar "${sheet}" terlalu luas untuk dibaca sekaligus (${cells.toLocaleString("id-ID")} sel, lebih dari 5 juta), ` +
        "biasanya karena ada isi atau format di sel yang sangat jauh (misalnya XFD1048576). Hapus baris dan kolom kosong di bawah " +
        "dan di kanan tabel (pilih, klik kanan > Hapus), simpan, lalu coba lagi."
    );
  }
}

function emptyGrid(name: string, used: CellRect | null, withFormulas: boolean): Grid {
  const rows = used?.rowCount ?? 0,
    cols = used?.colCount ?? 0;
  if (rows * cols > MAX_USED_CELLS) throw new UsedRangeTooLargeError(name, rows * cols);
  // Every row starts as one shared empty row per property; paste copies a row before its first write,
  // so a tall, nearly empty range (XFD1:XFD1048576 with two cells) costs what its cells cost.
  const fill = <V>(v: V): V[][] => {
    const shared = new Array<V>(cols).fill(v);
    const out = new Array<V[]>(rows).fill(shared);
    sharedRows.set(out, shared);
    return out;
  };
  const grid: Grid = {
    sheet: name,
    originRow: used?.row ?? 0,
    originCol: used?.col ?? 0,
    values: fill<CellValue>(""),
    text: fill(""),
    numberFormat: fill("General"),
    merges: [],
  };
  if (withFormulas) grid.formulas = fill<CellValue>("");
  return grid;
}

/** Each grid property's shared empty row, until its rows are written. */
const sharedRows = new WeakMap<unknown[][], unknown[]>();

/** The row to write into: a copy of it the first time, while it is still the shared empty row. */
function own<V>(rows: V[][], i: number): V[] {
  const row = rows[i];
  if (row !== sharedRows.get(rows)) return row;
  const copy = row.slice();
  rows[i] = copy;
  return copy;
}

/** Copies a loaded block into its sheet's grid at its absolute position; empty cells are already there. */
function paste(s: SheetRead, at: { row: number; col: number }, loaded: Loaded): void {
  const g = s.grid;
  const r0 = at.row - g.originRow,
    c0 = at.col - g.originCol;
  loaded.values.forEach((line, r) => {
    const target = r0 + r;
    if (target < 0 || target >= g.values.length) return;
    line.forEach((v, c) => {
      const col = c0 + c;
      if (col < 0 || col >= g.values[target].length) return;
      const value = v === undefined ? "" : (v as CellValue);
      const text = String(loaded.text[r]?.[c] ?? "");
      const format = String(loaded.numberFormat[r]?.[c] ?? "General");
      const formula = (g.formulas ? (loaded.formulas?.[r]?.[c] ?? "") : "") as CellValue;
      if (value === "" && text === "" && format === "General" && formula === "") return;
      own(g.values, target)[col] = value;
      own(g.text, target)[col] = text;
      own(g.numberFormat, target)[col] = format;
      if (g.formulas) own(g.formulas, target)[col] = formula;
    });
  });
}

function addMerges(s: SheetRead, areas: ExcelRangeAreasSubset): void {
  if (areas.isNullObject) return;
  for (const m of parseAreas(areas.address))
    s.merges.set(`${m.row}:${m.col}:${m.rowCount}:${m.colCount}`, m);
}

export async function readWorkbook(
  context: ExcelContext,
  options: ReadWorkbookOptions = {}
): Promise<Grid[]> {
  const withFormulas = options.formulas ?? true;
  const data = withFormulas ? [...DATA, "formulas"] : DATA;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();

  const wanted = options.sheets?.map((s) => s.toLowerCase());
  const sheets: SheetRead[] = worksheets.items
    .filter(
      (ws) =>
        (!wanted || wanted.includes(ws.name.toLowerCase())) &&
        !(options.skipHidden && ws.visibility !== "Visible")
    )
    .map((ws) => ({
      name: ws.name,
      worksheet: ws,
      used: null,
      grid: emptyGrid(ws.name, null, withFormulas),
      merges: new Map(),
    }));

  await readSheets(context, sheets, data, withFormulas);
  // A formula still computing reads as #BUSY! (custom functions right after a fill): ask those sheets again,
  // a little later, a few times; what is still busy then stays "#BUSY!", an error value, never a number.
  for (let attempt = 1; attempt <= BUSY_RETRIES; attempt++) {
    const busy = sheets.filter((s) => s.grid.values.some((row) => row.includes(BUSY)));
    if (busy.length === 0) break;
    await pause(BUSY_WAIT_MS * attempt);
    await readSheets(context, busy, data, withFormulas);
  }

  return sheets.map((s) => ({ ...s.grid, merges: [...s.merges.values()] }));
}

const BUSY = "#BUSY!";
const BUSY_RETRIES = 3;
const BUSY_WAIT_MS = 150;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reads the given sheets whole: the first rows of each, then the rest in blocks. */
async function readSheets(
  context: ExcelContext,
  sheets: SheetRead[],
  data: string[],
  withFormulas: boolean
): Promise<void> {
  const budget = cellBudget(withFormulas);
  const headRows = firstPassRows(sheets.length, withFormulas);
  let readRows = headRows;
  try {
    await readHeads(context, sheets, headRows, data, withFormulas);
  } catch (e) {
    // A first pass too heavy for Excel (wide sheets, long texts, many merges): dimensions alone, then blocks.
    if (!isLimitError(e)) throw e;
    await readDimensions(context, sheets, withFormulas);
    readRows = 0;
  }
  const blocks = sheets.flatMap((s) => (s.used ? blocksOf(s.name, s.used, readRows, budget) : []));
  const byName = new Map(sheets.map((s) => [s.name, s]));
  // One round trip per packed group is the point of the chunking: each must wait for the one before.
  for (const trip of packBlocks(blocks, budget)) await readTrip(context, trip, byName, data);
}

function usedOf(range: ExcelRangeSubset): CellRect | null {
  return range.isNullObject
    ? null
    : {
        row: range.rowIndex,
        col: range.columnIndex,
        rowCount: range.rowCount,
        colCount: range.columnCount,
      };
}

/** Round trip 2: each sheet's used range, its first rows (a small sheet whole) and their merged areas. */
async function readHeads(
  context: ExcelContext,
  sheets: SheetRead[],
  headRows: number,
  data: string[],
  withFormulas: boolean
): Promise<void> {
  const asked = sheets.map((s) => {
    // valuesOnly: cells that only carry formatting are not part of any table and would bloat the payload.
    const used = s.worksheet.getUsedRangeOrNullObject(true).load(DIMENSIONS);
    // Methods are asked of ranges that always exist: a method on a null range would fail the batch.
    const rows = s.worksheet.getRangeByIndexes(0, 0, headRows, SHEET_COLUMNS);
    const head = rows.getUsedRangeOrNullObject(true).load([...DIMENSIONS, ...data]);
    const merged = rows.getMergedAreasOrNullObject().load("address");
    return { s, used, head, merged };
  });
  await context.sync();
  for (const { s, used, head, merged } of asked) {
    s.used = usedOf(used);
    s.grid = emptyGrid(s.name, s.used, withFormulas);
    s.merges.clear();
    if (!head.isNullObject)
      paste(s, { row: head.rowIndex, col: head.columnIndex }, head as unknown as Loaded);
    addMerges(s, merged);
  }
}

async function readDimensions(
  context: ExcelContext,
  sheets: SheetRead[],
  withFormulas: boolean
): Promise<void> {
  const asked = sheets.map((s) => ({
    s,
    used: s.worksheet.getUsedRangeOrNullObject(true).load(DIMENSIONS),
  }));
  await context.sync();
  for (const { s, used } of asked) {
    s.used = usedOf(used);
    s.grid = emptyGrid(s.name, s.used, withFormulas);
    s.merges.clear();
  }
}

/** Reads a group of blocks in one round trip; a group Excel refuses is halved until it passes. */
async function readTrip(
  context: ExcelContext,
  trip: Block[],
  byName: Map<string, SheetRead>,
  data: string[]
): Promise<void> {
  const asked = trip.map((b) => {
    const s = byName.get(b.sheet)!;
    const range = s.worksheet.getRangeByIndexes(b.row, b.col, b.rowCount, b.colCount).load(data);
    const merged = range.getMergedAreasOrNullObject().load("address");
    return { b, s, range, merged };
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isLimitError(e)) throw e;
    const halves: Block[][] | null =
      trip.length > 1
        ? [trip.slice(0, trip.length >> 1), trip.slice(trip.length >> 1)]
        : (splitBlock(trip[0])?.map((b) => [b]) ?? null);
    if (!halves) throw e;
    for (const half of halves) {
      await readTrip(context, half, byName, data);
    }
    return;
  }
  for (const { b, s, range, merged } of asked) {
    paste(s, b, range as unknown as Loaded);
    addMerges(s, merged);
  }
}
