// Finding a table's header block: the row of header words, a group row above it ("KEADAAN TAHUN 2024"
// merged over its columns), sub-header rows below it (years under a merged "Target"), and the numbered
// row "(1) (2) ... (7) = (6)/(5)". Also recognizes the same header repeated further down (a table
// pasted page by page).
import type { HeaderWord } from "./roles";
import { ANCHOR_WORDS, matchLabel } from "./roles";
import { compact, yearsIn } from "./text";
import type { SheetView } from "./view";

export interface HeaderBlock {
  /** Every header row, top to bottom (group row, word row, sub-header rows, numbered row). */
  rows: number[];
  /** The row holding most of the header words. */
  wordRow: number;
  /** Rows that are only the numbered-column row. */
  numberedRows: number[];
  first: number;
  last: number;
  c0: number;
  /** Exclusive. */
  c1: number;
  /** Compact header texts of the word row, by column (for repeated headers). */
  signature: Map<number, string>;
  /** Columns holding row identity (no, sasaran, indikator, uraian, kode): empty in sub-header rows. */
  identity: Set<number>;
}

const IDENTITY: ReadonlySet<HeaderWord> = new Set<HeaderWord>([
  "no",
  "sasaran",
  "indikator",
  "uraian",
  "kode",
  "satuan",
]);

/** Text that is a figure typed or pasted as text: "91,43%", "Rp 1,027,930,708,667", "(74,03)", "74,52*", "-". */
export function looksNumeric(text: string): boolean {
  return (
    /^[\s(]*(rp\.?)?[\s\-+]*\d[\d.,\s]*(%|\*|\))?[\s,\-]*$/i.test(text) ||
    /^[-–—]$/.test(text.trim())
  );
}

function isShortLabel(text: string): boolean {
  return text.length > 0 && text.length <= 60 && text.split(/\s+/).length <= 8;
}

/** A header cell merged down over several rows may hold a long label ("Uraian Urusan, Organisasi, Program, ..."). */
function isLabelCell(v: SheetView, row: number, col: number, t: string): boolean {
  if (isShortLabel(t)) return true;
  const m = v.merge(row, col);
  return (
    m !== undefined &&
    m.row === row &&
    m.rowCount >= 2 &&
    t.length <= 160 &&
    !/[.!?]\s+[A-Z]/.test(t)
  );
}

/** Header words of a row: column -> word, for short text cells only. */
export function headerWords(v: SheetView, row: number): Map<number, HeaderWord> {
  const out = new Map<number, HeaderWord>();
  for (const c of v.filled(row)) {
    if (v.isNumber(row, c)) continue;
    const t = v.text(row, c);
    if (!isLabelCell(v, row, c, t)) continue;
    const m = matchLabel(t);
    if (m) out.set(c, m.word);
  }
  return out;
}

/** A row that opens a table: at least two different header words, one of them an anchor. */
export function isHeaderStart(v: SheetView, row: number): boolean {
  const filled = v.filled(row);
  if (filled.length < 2) return false;
  // Data rows hold figures; a header row holds at most years. Checked first: it is the cheap test.
  for (const c of filled) {
    const t = v.text(row, c);
    if ((v.isNumber(row, c) || looksNumeric(t)) && yearsIn(t).length === 0) return false;
  }
  if (TOTAL_START.test(v.text(row, filled[0]))) return false;
  const words = headerWords(v, row);
  const distinct = new Set(words.values());
  if (distinct.size < 2) return false;
  if (![...distinct].some((w) => ANCHOR_WORDS.has(w))) return false;
  if (words.size * 5 >= filled.length * 2) return true;
  // A wide header of labels the roles do not name (months of a cash plan, "Total RAK"): three distinct
  // words and nothing but short labels.
  return (
    distinct.size >= 3 &&
    filled.every(
      (c) =>
        isLabelCell(v, row, c, v.text(row, c)) &&
        !/\d{3,}/.test(v.text(row, c).replace(/(19|20)\d\d/g, ""))
    )
  );
}

const TOTAL_START = /^(grand\s+)?(total|jumlah|rata\s*-?\s*rata)\b/i;

const NUMBERED = /^\(?\s*(\d{1,2})\s*\)?(\s*=.*)?$/;

/**
 * "(1) (2) (3) ... (7) = (6)/(5)" or "1 2 3 ...": small column numbers that never go down, numbering the
 * identity columns too (numbers only under a merged "Tahun Ke-" are plan years, not column numbers).
 */
export function isNumberedRow(
  v: SheetView,
  row: number,
  c0: number,
  c1: number,
  identity?: Set<number>
): boolean {
  const filled = v.filled(row, c0, c1);
  if (filled.length < 2) return false;
  if (identity && identity.size > 0 && !filled.some((c) => identity.has(c))) return false;
  let prev = 0;
  for (const c of filled) {
    const m = NUMBERED.exec(v.text(row, c));
    if (!m) return false;
    const n = Number(m[1]);
    if (n < prev) return false;
    prev = n;
  }
  return true;
}

/** A row under the word row that only names or dates the columns above it (years, "ANGGARAN", "(%)"). */
function isSubHeaderRow(
  v: SheetView,
  row: number,
  c0: number,
  c1: number,
  identity: Set<number>
): boolean {
  if (v.filled(row).some((c) => c < c0 || c >= c1)) return false;
  const filled = v.filled(row, c0, c1);
  if (filled.length === 0) return false;
  for (const c of filled) {
    if (identity.has(c)) return false;
    const t = v.text(row, c);
    if (yearsIn(t).length > 0 && t.length <= 24) continue;
    if (/^\d{1,2}$/.test(t)) continue; // plan year ranks under "Tahun Ke-"
    if (v.isNumber(row, c)) return false;
    if (!isShortLabel(t)) return false;
    if (matchLabel(t)) continue;
    if (t.length <= 25 && !/\d/.test(t)) continue;
    return false;
  }
  return true;
}

/** A row above the word row that groups its columns ("KEADAAN TAHUN 2024" merged over three). */
function isGroupRow(
  v: SheetView,
  row: number,
  c0: number,
  c1: number,
  identity: Set<number>
): boolean {
  if (row < v.top) return false;
  if (v.filled(row).some((c) => c < c0 || c >= c1)) return false;
  const filled = v.filled(row, c0, c1);
  if (filled.length === 0) return false;
  for (const c of filled) {
    if (c === c0 || identity.has(c)) return false;
    const m = v.merge(row, c);
    const t = v.text(row, c);
    // Merged over some of the columns (a title merged over all of them is not a group).
    const grouped =
      m !== undefined && m.colCount >= 2 && m.col + m.colCount <= c1 && m.colCount < c1 - c0;
    const word = isShortLabel(t) ? matchLabel(t) : null;
    if (!grouped && !(word && !word.fuzzy)) return false;
    if (v.isNumber(row, c) && yearsIn(t).length === 0) return false;
  }
  return true;
}

/** The header block that starts with the word row `row`. */
export function findHeaderBlock(v: SheetView, row: number): HeaderBlock {
  const filled = v.filled(row);
  const c0 = filled[0];
  let c1 = filled[filled.length - 1] + 1;
  for (const c of filled) {
    const m = v.merge(row, c);
    if (m) c1 = Math.max(c1, m.col + m.colCount);
  }
  const words = headerWords(v, row);
  const identity = new Set<number>();
  for (const [c, w] of words) if (IDENTITY.has(w)) identity.add(c);

  const rows = [row];
  const numberedRows: number[] = [];
  if (isGroupRow(v, row - 1, c0, c1, identity)) rows.unshift(row - 1);
  let r = row + 1;
  for (let extra = 0; extra < 4 && r < v.bottom; extra++, r++) {
    if (isNumberedRow(v, r, c0, c1, identity)) {
      rows.push(r);
      numberedRows.push(r);
      // "K | Rp" under the numbers (Evaluasi RKPD): still the header.
      if (
        r + 1 < v.bottom &&
        isSubHeaderRow(v, r + 1, c0, c1, identity) &&
        v.filled(r + 1, c0, c1).every((c) => v.text(r + 1, c).length <= 6)
      )
        rows.push(r + 1);
      break;
    }
    if (!isSubHeaderRow(v, r, c0, c1, identity)) break;
    rows.push(r);
    for (const c of v.filled(r, c0, c1)) {
      const m = v.merge(r, c);
      if (m) c1 = Math.max(c1, m.col + m.colCount);
    }
  }
  c1 = Math.min(c1, v.right); // a merge reaching past the used range
  const signature = new Map<number, string>();
  for (const c of v.filled(row, c0, c1)) signature.set(c, compact(v.text(row, c)));
  return {
    rows,
    wordRow: row,
    numberedRows,
    first: rows[0],
    last: rows[rows.length - 1],
    c0,
    c1,
    signature,
    identity,
  };
}

/** The word row of `block` again (same texts in the same columns), e.g. at the top of a pasted page. */
export function isRepeatedHeader(v: SheetView, row: number, block: HeaderBlock): boolean {
  // Asked of every data row: stop as soon as too many columns differ for the row to be the header again.
  const size = block.signature.size;
  let same = 0,
    differ = 0;
  for (const [c, sig] of block.signature) {
    if (compact(v.text(row, c)) === sig) same++;
    else if (++differ * 10 > size * 4) return false;
  }
  return same >= 2 && same * 10 >= size * 6;
}

/** Rows right after a repeated word row that repeat the sub-header or numbered rows. */
export function repeatedHeaderTail(v: SheetView, row: number, block: HeaderBlock): number[] {
  const out: number[] = [];
  let r = row + 1;
  for (let extra = 0; extra < 4 && r < v.bottom; extra++, r++) {
    if (isNumberedRow(v, r, block.c0, block.c1, block.identity)) {
      out.push(r);
      break;
    }
    if (!isSubHeaderRow(v, r, block.c0, block.c1, block.identity)) break;
    out.push(r);
  }
  return out;
}
