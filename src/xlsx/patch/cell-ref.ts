// A1 references inside worksheet XML (0-based row and column, as the model counts), on the engine's
// address helpers; a Box is the corner form the dimension and merge edits need.
import { parseA1, parseRange, rangeToA1, toA1 } from "../../engine/index";

export const cellRef = toA1;

export function parseRef(ref: string): { row: number; col: number } | undefined {
  return parseA1(ref) ?? undefined;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseBox(ref: string): Box | undefined {
  const r = parseRange(ref);
  return r
    ? { top: r.row, left: r.col, bottom: r.row + r.rowCount - 1, right: r.col + r.colCount - 1 }
    : undefined;
}

export function boxRef(b: Box): string {
  return rangeToA1({
    row: b.top,
    col: b.left,
    rowCount: b.bottom - b.top + 1,
    colCount: b.right - b.left + 1,
  });
}
