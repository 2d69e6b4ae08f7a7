// Table recognition on one sheet's grid: every PK, Renstra, comparison, efisiensi and realisasi
// anggaran table with its exact range, header rows, column roles and rows. One pass down the sheet;
// each row is looked at a bounded number of times, so the work is linear in the number of cells.
import type { Grid, RecognizedTable } from "../types";
import { planColumns } from "./columns";
import {
  findHeaderBlock,
  headerWords,
  isHeaderStart,
  isRepeatedHeader,
  repeatedHeaderTail,
  type HeaderBlock,
} from "./header";
import { ANCHOR_WORDS } from "./roles";
import { toA1 } from "./address";
import { settleByData } from "./evidence";
import { settleKinerja } from "./kinerja-choice";
import { readLegend } from "./legend";
import { shiftToFigures } from "./offset-columns";
import { classifyBudgetRows, classifyIndicatorRows } from "./rows";
import { moveToFigures, sideBySide } from "./segments";
import { itemsOf } from "./uncertain";
import { SheetView } from "./view";

export { toA1, rangeToA1, columnLetter, parseA1, parseRange } from "./address";

export interface RecognitionResult {
  tables: RecognizedTable[];
  /** Doubts about the sheet as a whole (each table also carries its own). */
  doubts: string[];
}

// Lines that close a table: sources, notes, the next table's title, signature blocks.
// The narrative of an evaluation form below its table (predikat, faktor pendorong / penghambat, tindak lanjut).
const NOTE =
  /^(sumber|source|keterangan|ket\s*[.:]|catatan|note|\*|tabel\b|table\b|grafik|gambar|nip\b|mengetahui|kepala\b|wali\s*kota|walikota|bupati|gubernur|sekretaris\s+daerah|predikat\s+kinerja|faktor\s+(pendorong|penghambat|pendukung)|tindak\s+lanjut|kesimpulan\b|permasalahan\b)/i;
// "Binjai, 31 Desember 2024": the place and date above a signature.
const PLACE_DATE =
  /^[a-z .]+,\s*(\d{1,2}\s+)?(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i;

interface Body {
  dataRows: number[];
  repeatRows: number[];
  last: number;
}

function scanBody(v: SheetView, block: HeaderBlock): Body {
  const dataRows: number[] = [];
  const repeatRows: number[] = [];
  let last = block.last;
  let blanks = 0;
  let r = block.last + 1;
  while (r < v.bottom) {
    const filled = v.filled(r, block.c0, block.c1);
    if (filled.length === 0) {
      if (++blanks >= 2) break;
      r++;
      continue;
    }
    if (isRepeatedHeader(v, r, block)) {
      const tail = repeatedHeaderTail(v, r, block);
      repeatRows.push(r, ...tail);
      last = r + tail.length;
      r = last + 1;
      blanks = 0;
      continue;
    }
    const first = v.text(r, filled[0]);
    if ((NOTE.test(first) || PLACE_DATE.test(first)) && filled.length <= 2) break;
    if (isHeaderStart(v, r)) break;
    // After a blank line only a row with several cells continues the table, or a one-cell heading
    // ("Sasaran 2 : ...") whose next row is one of the table's rows with figures.
    if (blanks > 0 && filled.length < 2 && !headsMoreRows(v, r, block)) break;
    dataRows.push(r);
    last = r;
    blanks = 0;
    r++;
  }
  return { dataRows, repeatRows, last };
}

/** Is the row after `r` a data row of the table (several cells, a figure among them, not a new header)? */
function headsMoreRows(v: SheetView, r: number, block: HeaderBlock): boolean {
  const next = r + 1;
  if (next >= v.bottom || isHeaderStart(v, next)) return false;
  const cells = v.filled(next, block.c0, block.c1);
  if (cells.length < 2) return false;
  const first = v.text(next, cells[0]);
  if (NOTE.test(first) || PLACE_DATE.test(first)) return false;
  return cells.some(
    (c) => typeof v.value(next, c) === "number" || /^\s*[\d.,]+\s*%?\s*$/.test(v.text(next, c))
  );
}

/** A header with several table words that still fits no kind is said, not silently skipped. */
function unknownTableDoubt(v: SheetView, block: HeaderBlock): string | null {
  const words = headerWords(v, block.wordRow);
  const anchors = new Set([...words.values()].filter((w) => ANCHOR_WORDS.has(w)));
  if (anchors.size < 2) return null;
  const labels = [...words.keys()].map((c) => v.text(block.wordRow, c)).join(", ");
  return (
    `"${v.sheet}"!${toA1(block.wordRow, block.c0)}: baris ini tampak seperti judul kolom tabel (${labels}), ` +
    `tetapi tidak ada kolom Indikator atau Anggaran sehingga jenis tabelnya tidak dikenali; tabel ini dilewati. ` +
    `Beri judul "Indikator Kinerja" atau "Anggaran" pada kolom yang sesuai.`
  );
}

/** Reads the table whose header starts at `r` into `tables` / `doubts`; returns the row to go on from. */
function readTable(v: SheetView, r: number, tables: RecognizedTable[], doubts: string[]): number {
  const block = findHeaderBlock(v, r);
  const legend = readLegend(v, block);
  const plan = planColumns(v, block, legend);
  if (!plan) {
    const unsure = unknownTableDoubt(v, block);
    if (unsure) doubts.push(unsure);
    return block.last + 1;
  }
  const body = scanBody(v, block);
  moveToFigures(v, block, plan, body.dataRows);
  if (plan.kind === "anggaran" || plan.kind === "efisiensi") {
    const settled = settleByData(v, plan, body.dataRows, block.wordRow, legend);
    if (!settled.keep) {
      doubts.push(
        `"${v.sheet}"!${toA1(block.wordRow, block.c0)}: judul kolom menyebut anggaran, tetapi tidak ada kolom berisi rupiah ` +
          `(${plan.doubts.join(" ")}); tabel ini dilewati.`
      );
      return body.last + 1;
    }
  }
  settleKinerja(v, plan, body.dataRows, legend, block.wordRow);
  shiftToFigures(v, plan, body.dataRows, block.wordRow);
  const rowsOf = plan.kind === "anggaran" ? classifyBudgetRows : classifyIndicatorRows;
  const classified = rowsOf(v, body.dataRows, block.c0, block.c1, plan.columns, plan.kind);
  const tableDoubts = [...plan.doubts, ...classified.doubts];
  if (body.dataRows.length === 0)
    tableDoubts.push(
      `"${v.sheet}": tabel di baris ${block.wordRow + 1} tidak memiliki baris data di bawah judul kolomnya.`
    );
  tables.push({
    sheet: v.sheet,
    kind: plan.kind,
    range: {
      row: block.first,
      col: block.c0,
      rowCount: body.last - block.first + 1,
      colCount: block.c1 - block.c0,
    },
    headerRows: block.rows,
    columns: plan.columns,
    rows: classified.rows,
    ...(plan.year !== undefined ? { year: plan.year } : {}),
    doubts: tableDoubts,
    doubtItems: itemsOf(tableDoubts, [...plan.doubtItems, ...(classified.doubtItems ?? [])]),
  });
  return body.last + 1;
}

/** Every table on the sheet, top to bottom (tables side by side: left to right). */
export function recognize(grid: Grid): RecognitionResult {
  const v = new SheetView(grid);
  const tables: RecognizedTable[] = [];
  const doubts: string[] = [];
  let r = v.top;
  while (r < v.bottom) {
    if (!isHeaderStart(v, r)) {
      r++;
      continue;
    }
    // Tables side by side on the same rows: each read through its own columns.
    const parts = sideBySide(v, r);
    if (!parts) {
      r = readTable(v, r, tables, doubts);
      continue;
    }
    let next = r + 1;
    for (const p of parts) next = Math.max(next, readTable(v.clip(p.c0, p.c1), r, tables, doubts));
    r = next;
  }
  return { tables, doubts };
}
