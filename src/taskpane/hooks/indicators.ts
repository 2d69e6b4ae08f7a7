// The indicators of the scanned tables, for the per-indicator direction settings.
import { indicatorKey, type Grid, type RecognizedTable } from "../../engine/index";

export interface IndicatorEntry {
  key: string;
  name: string;
  sheet: string;
}

function textAt(grid: Grid, row: number, col: number): string {
  const r = row - grid.originRow;
  const c = col - grid.originCol;
  const v = grid.values[r]?.[c];
  return v === null || v === undefined ? "" : String(v).trim();
}

/** One entry per distinct indicator name (by `indicatorKey`), in sheet order. */
export function listIndicators(grids: Grid[], tables: RecognizedTable[]): IndicatorEntry[] {
  const seen = new Set<string>();
  const out: IndicatorEntry[] = [];
  for (const table of tables) {
    const col = table.columns.indikator;
    const grid = grids.find((g) => g.sheet === table.sheet);
    if (col === undefined || !grid) continue;
    for (const row of table.rows) {
      if (row.kind !== "indicator" && row.kind !== "data") continue;
      const name = textAt(grid, row.row, col);
      const key = indicatorKey(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ key, name, sheet: table.sheet });
    }
  }
  return out;
}
