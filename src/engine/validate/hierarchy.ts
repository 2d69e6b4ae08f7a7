// The budget hierarchy as recognition gives it: parents (program, kegiatan) with their children, and
// total rows over the top level.

import type { RecognizedTable, TableRow } from "../types";

export interface Hierarchy {
  children: Map<number, TableRow[]>;
  totals: TableRow[];
  /** Candidate top levels for a total: rows without a parent, and rows at the smallest level. */
  topLevels: TableRow[][];
}

export function isAverageLabel(label: string): boolean {
  return /rata/i.test(label);
}

export function hierarchy(table: RecognizedTable): Hierarchy {
  const children = new Map<number, TableRow[]>();
  const totals: TableRow[] = [];
  const body: TableRow[] = [];
  for (const row of table.rows) {
    if (row.kind === "total" || row.level === 0) {
      totals.push(row);
      continue;
    }
    if (row.kind === "sasaran") continue;
    body.push(row);
    if (row.parentRow !== undefined) {
      const list = children.get(row.parentRow) ?? [];
      list.push(row);
      children.set(row.parentRow, list);
    }
  }
  const noParent = body.filter((r) => r.parentRow === undefined);
  const levels = body.map((r) => r.level).filter((l): l is number => l !== undefined && l > 0);
  const topLevels: TableRow[][] = [noParent];
  if (levels.length > 0) {
    const min = Math.min(...levels);
    topLevels.push(body.filter((r) => r.level === min));
    if (min !== 1) topLevels.push(body.filter((r) => r.level === 1));
  }
  return { children, totals, topLevels: topLevels.filter((l) => l.length > 0) };
}

/** Does `row` have a descendant in `set`? */
export function hasDescendantIn(h: Hierarchy, row: number, set: Set<number>): boolean {
  const stack = [...(h.children.get(row) ?? [])];
  while (stack.length > 0) {
    const r = stack.pop() as TableRow;
    if (set.has(r.row)) return true;
    stack.push(...(h.children.get(r.row) ?? []));
  }
  return false;
}
