// Figures of a whole workbook for the reviewer's summary (src/app/report.ts): the average of the capaian its PK
// tables state, and its budget. Read with the rules' own column reader, so numbers are read as they are there.
import type { Grid, RecognizedTable } from "./types";
import { points, readColumn, roleColumn, type ReadCell } from "./validate/cells";

const gridOf = (grids: Grid[], sheet: string): Grid | undefined =>
  grids.find((g) => g.sheet === sheet);

/**
 * Mean of the capaian stated in the PK tables' indicator rows, as a fraction; null without any. The stated
 * figures, not recomputed ones: a reviewer compares the units' own figures, the findings say which are wrong.
 */
export function statedCapaianAverage(grids: Grid[], tables: RecognizedTable[]): number | null {
  const values: number[] = [];
  for (const t of tables) {
    const grid = gridOf(grids, t.sheet);
    const col = roleColumn(t, "capaian");
    if (t.kind !== "pk" || !grid || col === undefined) continue;
    const rows = t.rows
      .filter((r) => r.kind === "indicator" || r.kind === "data")
      .map((r) => r.row);
    const column = readColumn(grid, rows, col);
    for (const cell of column.cells) {
      const p = points(cell, column);
      if (p !== null && Number.isFinite(p)) values.push(p / 100);
    }
  }
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Pagu and realisasi of the workbook: those of its anggaran table with the largest pagu, each table's being its
 * first total row, else the sum of its top-level rows. Not a sum over tables: reports show one budget several
 * ways (per sub kegiatan, per program), and a table of a part of the budget has the smaller total. A table with
 * an unreadable amount among those rows is left out rather than under-counted.
 */
export function budgetTotals(
  grids: Grid[],
  tables: RecognizedTable[]
): { pagu: number; realisasi: number } | null {
  let best: { pagu: number; realisasi: number } | null = null;
  for (const t of tables) {
    const grid = gridOf(grids, t.sheet);
    const paguCol = roleColumn(t, "anggaran");
    const realCol = roleColumn(t, "realisasi_anggaran");
    if (t.kind !== "anggaran" || !grid || paguCol === undefined || realCol === undefined) continue;
    const total = t.rows.find((r) => r.kind === "total" || r.level === 0);
    const levels = t.rows
      .filter((r) => r.kind !== "total" && r.level !== 0)
      .map((r) => r.level ?? 1);
    const top = levels.length === 0 ? 1 : Math.min(...levels);
    const rows = total
      ? [total.row]
      : t.rows.filter((r) => r.kind !== "total" && (r.level ?? 1) === top).map((r) => r.row);
    if (rows.length === 0) continue;
    const amounts = [paguCol, realCol];
    const sum = (cells: ReadCell[]): number | null =>
      cells.some((c) => c.value === null && !c.blank)
        ? null
        : cells.reduce((a, c) => a + (c.value ?? 0), 0);
    const p = sum(readColumn(grid, rows, paguCol, amounts).cells);
    const r = sum(readColumn(grid, rows, realCol, amounts).cells);
    if (p === null || r === null) continue;
    if (!best || p > best.pagu) best = { pagu: p, realisasi: r };
  }
  return best;
}
