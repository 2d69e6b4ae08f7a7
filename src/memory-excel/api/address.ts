// A1 addresses as Excel's API reads and writes them ("Sheet1!A1:B2", "'Data 2024'!C3", "A:A", "3:5").

import type { CellRect } from "../model";
import { MAX_COLS, MAX_ROWS } from "../model";

export function columnLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "A1" for one cell, "A1:C5" otherwise (no sheet). */
export function rectAddress(rect: CellRect): string {
  const start = cellAddress(rect.row, rect.col);
  if (rect.rowCount === 1 && rect.colCount === 1) return start;
  return `${start}:${cellAddress(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1)}`;
}

/** Excel quotes a sheet name unless it is a plain word. */
export function quoteSheet(name: string): string {
  // Excel quotes a name it could read as a reference: A1 style (PK2024), R1C1 style (R1C1, R2, C), TRUE/FALSE.
  const reference =
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^(?:R\d*)?(?:C\d*)?$/i.test(name) ||
    /^(?:TRUE|FALSE)$/i.test(name);
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !reference
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, rect: CellRect): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect)}`;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Parses "A1", "A1:B2", "A:C", "2:4", with optional "$" and "Sheet!" prefix. Null when invalid. */
export function parseAddress(address: string): { sheet?: string; rect: CellRect } | null {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [a, b = a] = text.split(":");
  const pa = PART.exec(a),
    pb = PART.exec(b);
  if (!pa || !pb || text.split(":").length > 2) return null;
  const [, ca, ra] = pa;
  const [, cb, rb] = pb;
  if ((ca === undefined && ra === undefined) || (cb === undefined && rb === undefined)) return null;
  const c1 = ca === undefined ? 0 : columnIndex(ca);
  const c2 = cb === undefined ? MAX_COLS - 1 : columnIndex(cb);
  const r1 = ra === undefined ? 0 : Number(ra) - 1;
  const r2 = rb === undefined ? MAX_ROWS - 1 : Number(rb) - 1;
  // A whole row or column needs both ends of the same kind ("A:C", "2:4").
  if ((ca === undefined) !== (cb === undefined) || (ra === undefined) !== (rb === undefined))
    return null;
  if (r1 < 0 || r2 < 0 || c1 >= MAX_COLS || c2 >= MAX_COLS || r1 >= MAX_ROWS || r2 >= MAX_ROWS)
    return null;
  const row = Math.min(r1, r2),
    col = Math.min(c1, c2);
  return {
    sheet,
    rect: { row, col, rowCount: Math.abs(r2 - r1) + 1, colCount: Math.abs(c2 - c1) + 1 },
  };
}
