// Settings' efficiency formula "auto": the variant the workbook's own stated figures fit (an efisiensi
// column beside capaian and serapan), else "rasio" (docs/DOMAIN.md §3).
import { efisiensi, sebagaiFraksi } from "../efisiensi";
import type { EfficiencyMethod } from "../settings";
import type { Grid, RecognizedTable } from "../types";
import { cellOf, gridFor } from "./grid-cells";

const METHODS: EfficiencyMethod[] = ["rasio", "selisih", "pmk"];

/** How many stated efisiensi figures each method reproduces (within half a percentage point). */
function fits(grids: Grid[], tables: RecognizedTable[]): Map<EfficiencyMethod, number> {
  const score = new Map<EfficiencyMethod, number>(METHODS.map((m) => [m, 0]));
  for (const t of tables) {
    const { efisiensi: eCol, capaian: cCol, serapan: sCol } = t.columns;
    const grid = gridFor(grids, t.sheet);
    if (!grid || eCol === undefined || cCol === undefined || sCol === undefined) continue;
    for (const r of t.rows) {
      try {
        const stated = cellOf(grid, r.row, eCol).value;
        if (stated === "" || stated === null) continue;
        const e = sebagaiFraksi(stated, "Efisiensi");
        for (const m of METHODS) {
          const v = efisiensi(cellOf(grid, r.row, cCol).value, cellOf(grid, r.row, sCol).value, m);
          if (Math.abs(v - e) <= 0.005) score.set(m, score.get(m)! + 1);
        }
      } catch {
        // A row that cannot be read says nothing about the method; validation reports it.
      }
    }
  }
  return score;
}

export function efficiencyMethod(
  setting: EfficiencyMethod | "auto" | undefined,
  grids: Grid[],
  tables: RecognizedTable[]
): EfficiencyMethod {
  if (setting && setting !== "auto") return setting;
  const score = fits(grids, tables);
  let best: EfficiencyMethod = "rasio";
  for (const m of METHODS) if (score.get(m)! > score.get(best)!) best = m;
  return best;
}
