// Writes a portable plan: every =SAKIP.* formula of the plan replaced by its native formula. One round
// trip re-reads the cells and refuses, writing nothing, if any of them changed since the plan was made;
// then the new formulas go as whole column blocks in one more (more only past the 5 MB request limit).
import type { ExcelContext } from "./excel-subset";
import {
  rangeToA1 as rectA1,
  sheetPrefix,
  portableBlocks,
  type PortableBlock,
  type PortablePlan,
} from "../engine/index";
import { snapshotOf, type UndoRecord, type WrittenRange } from "./apply-undo";

export interface PortableApplyOptions {
  /** Characters of formulas per request before a sync is forced (default 4,000,000: under 5 MB). */
  maxChunkChars?: number;
}

export interface PortableApplyResult {
  /** Formulas replaced. */
  cellsWritten: number;
  /** Round trips, the check included. */
  syncs: number;
  /** Ranges written, with their sheet. */
  ranges: string[];
  /** The same as sheet + A1 range, for the pane's list and for undo. */
  written: WrittenRange[];
  /** The =SAKIP.* formulas (and formats) the cells held, kept from the check round trip. */
  undo: UndoRecord;
}

/** A cell of the plan no longer holds the formula it was planned from: nothing was written. */
export class PortableConflictError extends Error {
  constructor(readonly cells: string[]) {
    super(
      `Pengubahan rumus dibatalkan, tidak ada sel yang diubah: rumus di ${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ` dan ${cells.length - 5} sel lain` : ""} sudah berubah sejak pratinjau dibuat. Buat pratinjau lagi lalu ulangi.`
    );
    this.name = "PortableConflictError";
    Object.setPrototypeOf(this, PortableConflictError.prototype);
  }
}

const DEFAULT_CHUNK = 4_000_000;

function address(b: { sheet: string; row: number; col: number }, rows: number): string {
  return `${sheetPrefix(b.sheet)}${rectA1({ row: b.row, col: b.col, rowCount: rows, colCount: 1 })}`;
}

/** Blocks cut to request size; a block longer than one request is split by rows. */
function chunk(blocks: PortableBlock[], budget: number): PortableBlock[][] {
  const requests: PortableBlock[][] = [];
  let current: PortableBlock[] = [];
  let used = 0;
  for (const b of blocks) {
    let start = 0;
    for (let i = 0; i < b.after.length; i++) {
      const cost = b.after[i]!.length + 4;
      if (used + cost > budget && used > 0) {
        if (i > start) current.push(slice(b, start, i));
        requests.push(current);
        current = [];
        used = 0;
        start = i;
      }
      used += cost;
    }
    current.push(slice(b, start, b.after.length));
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

function slice(b: PortableBlock, from: number, to: number): PortableBlock {
  return {
    sheet: b.sheet,
    row: b.row + from,
    col: b.col,
    before: b.before.slice(from, to),
    after: b.after.slice(from, to),
  };
}

/** Formulas as Excel gives them back may differ in case only ("=sakip.capaian"): compare loosely. */
function same(a: unknown, b: string): boolean {
  return (
    typeof a === "string" &&
    a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase()
  );
}

export async function applyPortablePlan(
  context: ExcelContext,
  plan: PortablePlan,
  options: PortableApplyOptions = {}
): Promise<PortableApplyResult> {
  const blocks = portableBlocks(plan);
  const label = "Ubah ke rumus Excel biasa";
  if (blocks.length === 0)
    return {
      cellsWritten: 0,
      syncs: 0,
      ranges: [],
      written: [],
      undo: { label, cells: [], addedSheets: [], updatedSheets: [] },
    };

  const checks = blocks.map((b) => {
    const range = context.workbook.worksheets
      .getItem(b.sheet)
      .getRangeByIndexes(b.row, b.col, b.after.length, 1);
    range.load(["formulas", "values", "numberFormat"]);
    return { block: b, range };
  });
  await context.sync();
  let syncs = 1;
  const changed: string[] = [];
  for (const { block, range } of checks) {
    range.formulas.forEach((row, i) => {
      if (!same(row[0], block.before[i]!))
        changed.push(address({ ...block, row: block.row + i }, 1));
    });
  }
  if (changed.length > 0) throw new PortableConflictError(changed);

  let cellsWritten = 0;
  for (const request of chunk(blocks, options.maxChunkChars ?? DEFAULT_CHUNK)) {
    for (const b of request) {
      const range = context.workbook.worksheets
        .getItem(b.sheet)
        .getRangeByIndexes(b.row, b.col, b.after.length, 1);
      range.formulas = b.after.map((f) => [f]);
      cellsWritten += b.after.length;
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked write: one sync per chunk keeps each request under Excel on the web's 5 MB
    await context.sync();
    syncs++;
  }
  const written = blocks.map((b): WrittenRange => ({
    sheet: b.sheet,
    range: rectA1({ row: b.row, col: b.col, rowCount: b.after.length, colCount: 1 }),
  }));
  const undo: UndoRecord = {
    label,
    cells: checks.map(({ block, range }, i) => {
      const before = snapshotOf(range);
      return {
        ...written[i]!,
        before,
        after: { formulas: block.after.map((f) => [f]), numberFormat: before.numberFormat },
      };
    }),
    addedSheets: [],
    updatedSheets: [],
  };
  return {
    cellsWritten,
    syncs,
    ranges: blocks.map((b) => address(b, b.after.length)),
    written,
    undo,
  };
}
