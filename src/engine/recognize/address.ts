// A1 addresses for the command line, findings and doubts. Rows and columns are 0-based absolute.
import type { CellRect } from "../types";

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** (0, 0) -> "A1". */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A rectangle as "A3:H20" (a single cell as "A3"). */
export function rangeToA1(rect: CellRect): string {
  const start = toA1(rect.row, rect.col);
  if (rect.rowCount <= 1 && rect.colCount <= 1) return start;
  return `${start}:${toA1(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1)}`;
}

/** "AA" -> 26; null when the text is not a column name. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B7" -> {row: 6, col: 1}; null when the text is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col === null || row < 0) return null;
  return { row, col };
}

/** "A3:H20" (or "A3") -> rectangle; null when unreadable. */
export function parseRange(range: string): CellRect | null {
  const [a, b] = range.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  const row = Math.min(p.row, q.row);
  const col = Math.min(p.col, q.col);
  return { row, col, rowCount: Math.abs(q.row - p.row) + 1, colCount: Math.abs(q.col - p.col) + 1 };
}
