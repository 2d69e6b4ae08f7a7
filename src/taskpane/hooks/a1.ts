// A1 addresses <-> 0-based positions, for the pane (finding -> table) and the demo grid.

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectToA1(rect: { row: number; col: number; rowCount: number; colCount: number }): string {
  const start = toA1(rect.row, rect.col);
  if (rect.rowCount === 1 && rect.colCount === 1) return start;
  return `${start}:${toA1(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1)}`;
}

/** "F7" -> {row: 6, col: 5}; "$F$7" too; anything else -> null. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: col - 1 };
}
