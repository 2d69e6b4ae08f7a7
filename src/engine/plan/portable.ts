// The portable plan ("Ubah ke rumus Excel biasa"): every cell whose formula calls =SAKIP.* gets the
// native formula that gives the same value, so a colleague without the add-in sees the same numbers.
// A formula whose inputs the native one would read differently (text numbers such as "74,52*", a
// scale of one's own, SAKIP.ARAH) stays as it is and is reported with its cell. Pure: grids in, plan out.
import type { Grid } from "../types";
import { cellA1, sheetPrefix } from "./a1";
import { mentionsSakip, toNative } from "./portable-convert";

export { toNative, MAX_FORMULA_CHARS, type ConvertResult } from "./portable-convert";

/** One cell to rewrite; `before` is the formula as it is now (checked again before writing). */
export interface PortableChange {
  sheet: string;
  row: number;
  col: number;
  /** A1 without the sheet: "G5". */
  cell: string;
  before: string;
  after: string;
}

/** A formula left as it is: `reason` (Indonesian) names the cell and says what to do. */
export interface PortableSkip {
  sheet: string;
  row: number;
  col: number;
  cell: string;
  formula: string;
  reason: string;
  /** The input cell ("Sheet!C5") whose content (a number typed as text...) keeps the formula, when one is. */
  inputCell?: string;
}

export interface PortablePlan {
  changes: PortableChange[];
  skipped: PortableSkip[];
  /** Indonesian lines for the preview: what the conversion does and where its limits are. */
  notes: string[];
}

/** Every formula cell of every grid that calls a SAKIP function, in sheet order. */
function* sakipCells(
  grids: Grid[]
): Generator<{ grid: Grid; row: number; col: number; formula: string }> {
  for (const grid of grids) {
    const formulas = grid.formulas ?? [];
    for (let r = 0; r < formulas.length; r++) {
      const row = formulas[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const f = row[c];
        // A text typed as '=SAKIP... comes back from `range.formulas` as the same text as its value:
        // it is the user's text, not a formula, and stays as it is.
        if (
          typeof f === "string" &&
          f.startsWith("=") &&
          mentionsSakip(f) &&
          grid.values[r]?.[c] !== f
        ) {
          yield { grid, row: grid.originRow + r, col: grid.originCol + c, formula: f };
        }
      }
    }
  }
}

export function planPortable(grids: Grid[]): PortablePlan {
  const changes: PortableChange[] = [];
  const skipped: PortableSkip[] = [];
  for (const { grid, row, col, formula } of sakipCells(grids)) {
    const cell = cellA1(row, col);
    const result = toNative(formula, { grids, sheet: grid.sheet });
    if (result.ok && result.calls > 0) {
      changes.push({ sheet: grid.sheet, row, col, cell, before: formula, after: result.formula });
    } else if (!result.ok) {
      const skip: PortableSkip = {
        sheet: grid.sheet,
        row,
        col,
        cell,
        formula,
        reason: `${sheetPrefix(grid.sheet)}${cell} (${formula}) dibiarkan: ${result.reason}`,
      };
      if (result.inputCell) skip.inputCell = result.inputCell;
      skipped.push(skip);
    }
  }
  const notes: string[] = [];
  if (changes.length === 0 && skipped.length === 0) {
    notes.push("Buku kerja ini tidak berisi rumus =SAKIP.*: tidak ada yang perlu diubah.");
  }
  if (changes.length > 0) {
    notes.push(
      `${changes.length} rumus =SAKIP.* akan diganti rumus Excel biasa yang memberi nilai sama, termasuk jenis galatnya (#DIV/0! untuk target 0, #N/A untuk sel kosong).`
    );
    notes.push(
      'Rumus baru membaca angka, dan nama kategori (AA-D, WTP-TMP, Memuaskan-Kurang) pada target kualitatif. Bila nanti sel masukannya diisi teks lain (misalnya "91,43%" yang diketik sebagai teks, atau angka di tempat kategori), hasilnya bisa berbeda dari add-in: ketik angka sebagai angka dan kategori sebagai namanya.'
    );
  }
  if (skipped.length > 0) {
    notes.push(
      `${skipped.length} rumus tetap =SAKIP.* karena rumus Excel biasa tidak dapat memberi nilai yang sama; rekan tanpa add-in akan melihat #NAME? di sel itu. Perbaiki sebabnya lalu jalankan lagi.`
    );
    const inputs = [...new Set(skipped.flatMap((s) => (s.inputCell ? [s.inputCell] : [])))];
    if (inputs.length > 0) {
      const shown = inputs.slice(0, 8).join(", ");
      notes.push(
        `Sel masukan yang berisi teks, bukan angka (misalnya angka yang diketik sebagai teks seperti "Rp 1.234.567" atau "91,43%"), ada ${inputs.length}: ${shown}${inputs.length > 8 ? `, dan ${inputs.length - 8} sel lain` : ""}. Ubah sel-sel itu menjadi angka biasa, lalu jalankan "Ubah ke rumus Excel biasa" lagi.`
      );
    }
  }
  return { changes, skipped, notes };
}

/** A run of changes in one column on consecutive rows: written as one range. */
export interface PortableBlock {
  sheet: string;
  row: number;
  col: number;
  before: string[];
  after: string[];
}

/** Groups a plan's changes into vertical blocks (fill columns become one block each). */
export function portableBlocks(plan: PortablePlan): PortableBlock[] {
  const sorted = [...plan.changes].sort((a, b) =>
    a.sheet === b.sheet
      ? a.col === b.col
        ? a.row - b.row
        : a.col - b.col
      : a.sheet < b.sheet
        ? -1
        : 1
  );
  const blocks: PortableBlock[] = [];
  for (const ch of sorted) {
    const last = blocks[blocks.length - 1];
    if (
      last &&
      last.sheet === ch.sheet &&
      last.col === ch.col &&
      last.row + last.after.length === ch.row
    ) {
      last.before.push(ch.before);
      last.after.push(ch.after);
    } else {
      blocks.push({
        sheet: ch.sheet,
        row: ch.row,
        col: ch.col,
        before: [ch.before],
        after: [ch.after],
      });
    }
  }
  return blocks;
}
