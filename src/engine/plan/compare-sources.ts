// Where the comparison figures come from: each table's indicator rows and, per year, the columns that
// hold its target, realisasi and capaian (`target@2023`, or the plain column of a table's own year).
import type { IndicatorRef } from "../match/indicators";
import type { Grid, RecognizedTable, RoleKey } from "../types";
import { cellOf, gridFor } from "./grid-cells";

export interface YearColumns {
  target?: number;
  realisasi?: number;
  capaian?: number;
}

export interface SourceTable {
  table: RecognizedTable;
  grid: Grid;
  indicators: IndicatorRef[];
  /** Year -> its columns, for the years that have a realisasi or a target. */
  years: Map<number, YearColumns>;
}

const PERFORMANCE = new Set(["pk", "renstra", "comparison", "efisiensi"]);

export function cellText(grid: Grid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const c = cellOf(grid, row, col);
  return c.value === null || c.value === undefined ? "" : String(c.value).trim();
}

function yearsOf(table: RecognizedTable): Map<number, YearColumns> {
  const years = new Map<number, YearColumns>();
  const put = (y: number, role: keyof YearColumns, col: number): void => {
    const entry = years.get(y) ?? {};
    if (entry[role] === undefined) entry[role] = col;
    years.set(y, entry);
  };
  for (const [key, col] of Object.entries(table.columns) as [RoleKey, number][]) {
    const m = /^(target|realisasi|capaian)@(\d{4})$/.exec(key);
    if (m) put(Number(m[2]), m[1] as keyof YearColumns, col);
  }
  if (table.year !== undefined) {
    for (const role of ["target", "realisasi", "capaian"] as const) {
      const col = table.columns[role];
      if (col !== undefined) put(table.year, role, col);
    }
  }
  return years;
}

/** Performance tables with an indikator column, outside the sheets this feature generated itself. */
export function sourceTables(
  grids: Grid[],
  tables: RecognizedTable[],
  generated: Set<string>
): SourceTable[] {
  const out: SourceTable[] = [];
  for (const table of tables) {
    if (!PERFORMANCE.has(table.kind) || generated.has(table.sheet.toLowerCase())) continue;
    const grid = gridFor(grids, table.sheet);
    const nameCol = table.columns.indikator;
    if (!grid || nameCol === undefined) continue;
    const indicators = table.rows
      .filter((r) => r.kind === "indicator" || r.kind === "data")
      .map((r) => ({ sheet: table.sheet, row: r.row, name: cellText(grid, r.row, nameCol) }))
      .filter((r) => r.name !== "");
    if (indicators.length === 0) continue;
    out.push({ table, grid, indicators, years: yearsOf(table) });
  }
  return out;
}

/** The table that anchors the comparison: the latest year with a realisasi, then the most indicators. */
export function baseTable(sources: SourceTable[]): SourceTable | undefined {
  const latest = (s: SourceTable): number =>
    Math.max(
      -1,
      ...[...s.years.entries()].filter(([, c]) => c.realisasi !== undefined).map(([y]) => y)
    );
  const measured = (s: SourceTable): number =>
    [...s.years.values()].filter((c) => c.realisasi !== undefined).length;
  return [...sources]
    .filter((s) => s.table.kind !== "efisiensi" && latest(s) >= 0)
    .sort(
      (a, b) =>
        latest(b) - latest(a) ||
        measured(b) - measured(a) ||
        b.indicators.length - a.indicators.length
    )[0];
}
