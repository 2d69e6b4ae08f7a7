// "Auto" settings resolved once for the whole workbook, so findings, fill, the four comparison sheets
// and the formulas they write all use one lower-is-better formula and one efficiency method: the ones
// the report itself uses (DOMAIN.md §3), else the defaults.
import { certainTable } from "../recognize/uncertain";
import {
  DEFAULT_SETTINGS,
  indicatorKey,
  type AnalysisSettings,
  type EfficiencyMethod,
} from "../settings";
import type { Grid, RecognizedTable } from "../types";
import { efficiencyMethod } from "../plan/efficiency-method";
import { chooseLowerFormula, evaluateCapaian } from "./capaian";
import { TableContext } from "./context";
import { checkData } from "./data";
import { FindingSink } from "./findings";

/** Settings with no "auto" left for the lower-is-better formula and the efficiency method. */
export type ResolvedSettings = AnalysisSettings & {
  lowerFormula: "lower" | "lower-ratio";
  efficiency: EfficiencyMethod;
};

export interface Resolution {
  settings: ResolvedSettings;
  /** Indonesian notes on what "auto" followed (said once for the workbook). */
  notes: string[];
}

function normalize(settings?: Partial<AnalysisSettings>): AnalysisSettings {
  const polarity: AnalysisSettings["polarity"] = {};
  for (const [name, p] of Object.entries(settings?.polarity ?? {}))
    polarity[indicatorKey(name)] = p;
  return { ...DEFAULT_SETTINGS, ...settings, polarity };
}

/** True when nothing is left on "auto" that this resolution decides. */
export function isResolved(s: Partial<AnalysisSettings> | undefined): s is ResolvedSettings {
  return (
    s !== undefined &&
    s.lowerFormula !== undefined &&
    s.lowerFormula !== "auto" &&
    s.efficiency !== undefined &&
    s.efficiency !== "auto"
  );
}

/**
 * Resolves "auto" from every table of the workbook: the lower-is-better formula the stated capaian fit
 * (T/R when the report consistently uses it), and the efficiency method its stated efisiensi fit.
 */
export function resolveSettings(
  grids: Grid[],
  tables: RecognizedTable[],
  settings?: Partial<AnalysisSettings>
): Resolution {
  // Only the roles recognition is sure of decide a workbook-wide formula.
  tables = tables.map(certainTable);
  const s = normalize(settings);
  const notes: string[] = [];
  let lowerFormula: "lower" | "lower-ratio";
  if (s.lowerFormula === "auto") {
    const rows = grids.flatMap((grid) => {
      // A scratch sink: unreadable cells are skipped here as validation skips them; its findings are not kept.
      const sink = new FindingSink(grid.sheet);
      return tables
        .filter((t) => t.sheet === grid.sheet)
        .flatMap((t) => {
          const ctx = new TableContext(grid, t, s, sink);
          checkData(ctx);
          return evaluateCapaian(ctx);
        });
    });
    const choice = chooseLowerFormula(rows, s);
    lowerFormula = choice.formula;
    if (choice.note) notes.push(choice.note);
  } else {
    lowerFormula = s.lowerFormula;
  }
  const efficiency = efficiencyMethod(s.efficiency, grids, tables);
  return { settings: { ...s, lowerFormula, efficiency }, notes };
}
