// "Auto" settings resolved once for the whole workbook, so findings, fill, the four comparison sheets
// and the formulas they write all use one lower-is-better formula, one efficiency method and one predikat
// scale: the ones the report itself uses (DOMAIN.md §3, §4), else the defaults. Sheets this add-in generated
// (comparison sheets) are never read here: the tool must not follow its own output back.
import { certainTable } from "../recognize/uncertain";
import {
  DEFAULT_SETTINGS,
  indicatorKey,
  type AnalysisSettings,
  type EfficiencyMethod,
} from "../settings";
import type { Grid, RecognizedTable } from "../types";
import { efficiencyMethod } from "../plan/efficiency-method";
import { isGeneratedSheet } from "../plan/compare-cells";
import { skalaSendiri } from "../scales";
import type { ScaleSpec } from "../settings";
import { detectScale } from "./scale";
import { chooseLowerFormula, evaluateCapaian } from "./capaian";
import { TableContext } from "./context";
import { checkData } from "./data";
import { FindingSink } from "./findings";

/** Settings with no "auto" left for the lower-is-better formula and the efficiency method. */
export type ResolvedSettings = AnalysisSettings & {
  lowerFormula: "lower" | "lower-ratio";
  efficiency: EfficiencyMethod;
  scale: ScaleSpec;
  /** Where a scale followed from "auto" is printed ("LKJ!B40:C44"), for messages. */
  scaleFrom?: string;
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
    s.efficiency !== "auto" &&
    s.scale !== undefined &&
    s.scale !== "auto"
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
  const sourceGrids = grids.filter((g) => !isGeneratedSheet(g));
  const sheets = new Set(sourceGrids.map((g) => g.sheet));
  const sourceTables = tables.filter((t) => sheets.has(t.sheet));
  grids = sourceGrids;
  tables = sourceTables;
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
  const scale = resolveScale(grids, tables, s.scale);
  if (scale.note) notes.push(scale.note);
  const out: ResolvedSettings = { ...s, lowerFormula, efficiency, scale: scale.spec };
  if (scale.from) out.scaleFrom = scale.from;
  return { settings: out, notes };
}

/**
 * Scale "auto": the first scale table printed in the workbook (sheet order), else Permendagri 86/2017.
 * One scale for every sheet, so a predikat checked on one sheet is the one fill writes on another.
 */
function resolveScale(
  grids: Grid[],
  tables: RecognizedTable[],
  setting: AnalysisSettings["scale"]
): { spec: ScaleSpec; from?: string; note?: string } {
  if (setting !== "auto") return { spec: setting };
  for (const grid of grids) {
    const found = detectScale(
      grid,
      tables.filter((t) => t.sheet === grid.sheet)
    );
    if (!found) continue;
    try {
      skalaSendiri(found.bands);
    } catch {
      continue; // not a usable scale: look further
    }
    const from = `${grid.sheet}!${found.where}`;
    const usesPredikat = tables.some((t) =>
      Object.keys(t.columns).some((k) => k.startsWith("predikat"))
    );
    return {
      spec: found.bands,
      from,
      note: usesPredikat
        ? `Predikat diperiksa dan diisi dengan skala yang tertulis di lembar ${grid.sheet} sel ${found.where}, bukan skala bawaan Permendagri 86/2017.`
        : undefined,
    };
  }
  return { spec: "permendagri86" };
}
