// Writes a fill plan into the workbook: whole columns as 2-D arrays, every write queued, then one sync
// (more only when the payload would pass Excel on the web's 5 MB request limit). Before writing it
// re-reads the target cells in one round trip and refuses, writing nothing, if any of them is not empty;
// the same round trip keeps what those cells held (formats, the header's bold) for an undo.
import type { ExcelContext } from "./excel-subset";
import {
  blockRange,
  fillBlocks,
  rangeToA1 as rectA1,
  sheetPrefix,
  type FillBlock,
  type FillPlan,
} from "../engine/index";
import { snapshotOf, type UndoRecord, type WrittenRange } from "./apply-undo";

export interface ApplyOptions {
  /** Characters of cell content per request before a sync is forced (default 4,000,000: under 5 MB). */
  maxChunkChars?: number;
}

export interface ApplyResult {
  /** New columns added. */
  columns: number;
  /** Cells filled in columns the tables already had (the template's empty Capaian, Predikat, % Serapan, Sisa). */
  cellsFilled: number;
  /** Cells given content (header and data rows; empty rows of the block not counted). */
  cellsWritten: number;
  /** Round trips made, the check included. */
  syncs: number;
  /** Ranges written, with their sheet: "'PK 2024'!I3:I20". */
  ranges: string[];
  /** The same ranges as sheet + A1 range, for the pane's list and for undo. */
  written: WrittenRange[];
  /** What the written cells held before and what was written: `undoApply` restores it exactly. */
  undo: UndoRecord;
}

/** A target cell was no longer empty when the plan was applied: nothing was written. */
export class FillConflictError extends Error {
  constructor(readonly cells: string[]) {
    super(
      `Pengisian dibatalkan, tidak ada sel yang diubah: sel ${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ` dan ${cells.length - 5} sel lain` : ""} sudah berisi sejak tabel dipindai. Pindai ulang lalu jalankan pengisian lagi.`
    );
    this.name = "FillConflictError";
  }
}

const DEFAULT_CHUNK = 4_000_000;

/** Cells of a block from its first row: the header (new column) then the body. */
function blockCells(b: FillBlock): (string | number)[] {
  return b.header === null ? b.body : [b.header, ...b.body];
}

/** A piece of a block to write in one request: `start` indexes into the block's body. */
interface Piece {
  block: FillBlock;
  start: number;
  end: number;
  header: boolean;
}

function cellChars(v: string | number): number {
  return typeof v === "number" ? 24 : v.length + 2;
}

/** Cuts the blocks into request-sized pieces (a block longer than a request is split by rows). */
function chunk(blocks: FillBlock[], budget: number): Piece[][] {
  const requests: Piece[][] = [];
  let current: Piece[] = [];
  let used = 0;
  const keep = (p: Piece): void => {
    if (p.header || p.end > p.start) current.push(p);
  };
  for (const block of blocks) {
    let piece: Piece = { block, start: 0, end: 0, header: block.header !== null };
    used += (block.header ?? "").length + 2;
    for (let i = 0; i < block.body.length; i++) {
      const cost = cellChars(block.body[i]!) + block.numberFormats[i]!.length + 2;
      if (used + cost > budget && used > 0) {
        keep(piece);
        requests.push(current);
        current = [];
        used = 0;
        piece = { block, start: i, end: i, header: false };
      }
      piece.end = i + 1;
      used += cost;
    }
    keep(piece);
  }
  if (current.length > 0) requests.push(current);
  return requests.filter((r) => r.length > 0);
}

function queue(context: ExcelContext, piece: Piece, mode: FillPlan["mode"]): number {
  const { block, start, end } = piece;
  const ws = context.workbook.worksheets.getItem(block.sheet);
  let written = 0;
  const top = block.header === null ? block.row : block.row + 1;
  if (piece.header && block.header !== null) {
    // The header is text: written through `values`, so it can never turn into a formula.
    const head = ws.getRangeByIndexes(block.row, block.col, 1, 1);
    head.values = [[block.header]];
    head.format.font.bold = true;
    written++;
  }
  if (end > start) {
    const body = ws.getRangeByIndexes(top + start, block.col, end - start, 1);
    const rows = block.body.slice(start, end).map((v) => [v]);
    body.numberFormat = block.numberFormats.slice(start, end).map((f) => [f]);
    if (mode === "formulas") body.formulas = rows;
    else body.values = rows;
    written += rows.filter(([v]) => v !== "").length;
  }
  return written;
}

/**
 * Applies a plan made by `planFill` on the same workbook. Round trips: one to check the target cells,
 * then one per request-sized chunk of writes (one for any ordinary report).
 */
export async function applyFillPlan(
  context: ExcelContext,
  plan: FillPlan,
  options: ApplyOptions = {}
): Promise<ApplyResult> {
  const blocks = fillBlocks(plan);
  const label = "Isi kolom";
  if (blocks.length === 0) {
    return {
      columns: 0,
      cellsFilled: 0,
      cellsWritten: 0,
      syncs: 0,
      ranges: [],
      written: [],
      undo: { label, cells: [], addedSheets: [], updatedSheets: [] },
    };
  }

  const checks = blocks.map((b) => {
    const ws = context.workbook.worksheets.getItem(b.sheet);
    const range = ws.getRangeByIndexes(b.row, b.col, blockCells(b).length, 1);
    range.load(["formulas", "values", "numberFormat"]);
    // The header's bold is the one format fill changes besides the number format.
    const head =
      b.header === null ? null : ws.getRangeByIndexes(b.row, b.col, 1, 1).format.font.load("bold");
    return { block: b, range, head };
  });
  await context.sync();
  let syncs = 1;
  const busy: string[] = [];
  for (const { block, range } of checks) {
    range.formulas.forEach((row, i) => {
      const v: unknown = row[0];
      if (v !== "" && v !== null && v !== undefined) {
        busy.push(
          `${sheetPrefix(block.sheet)}${rectA1({ row: block.row + i, col: block.col, rowCount: 1, colCount: 1 })}`
        );
      }
    });
  }
  if (busy.length > 0) throw new FillConflictError(busy);

  let cellsWritten = 0;
  for (const request of chunk(blocks, options.maxChunkChars ?? DEFAULT_CHUNK)) {
    for (const piece of request) cellsWritten += queue(context, piece, plan.mode);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked write: one sync per chunk keeps each request under Excel on the web's 5 MB
    await context.sync();
    syncs++;
  }
  const written = blocks.map((b): WrittenRange => ({ sheet: b.sheet, range: blockRange(b) }));
  const undo: UndoRecord = {
    label,
    cells: checks.map(({ block, range, head }) => ({
      sheet: block.sheet,
      range: blockRange(block),
      before: snapshotOf(range, head?.bold),
      after: {
        formulas: blockCells(block).map((v) => [v]),
        numberFormat: (block.header === null
          ? block.numberFormats
          : [range.numberFormat[0]?.[0] ?? "General", ...block.numberFormats]
        ).map((f) => [f]),
      },
    })),
    addedSheets: [],
    updatedSheets: [],
  };
  return {
    columns: blocks.filter((b) => b.header !== null).length,
    cellsFilled: blocks
      .filter((b) => b.header === null)
      .reduce((n, b) => n + b.body.filter((v) => v !== "").length, 0),
    cellsWritten,
    syncs,
    ranges: written.map((w) => `${sheetPrefix(w.sheet)}${w.range}`),
    written,
    undo,
  };
}
