// A1 references inside worksheet XML (0-based row and column, as the model counts).
export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellRef(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseBox(ref: string): Box | undefined {
  const [a, b] = ref.split(":");
  const s = parseRef(a ?? "");
  const e = b ? parseRef(b) : s;
  if (!s || !e) return undefined;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

export function boxRef(b: Box): string {
  const a = cellRef(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${cellRef(b.bottom, b.right)}`;
}
