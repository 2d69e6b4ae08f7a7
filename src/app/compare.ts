// Compare = the comparison sheets (antar tahun, target akhir, standar, efisiensi): read and recognize, plan
// (engine), write the sheets in one pass through the adapter. Fixing a match is planning again with overrides.
import {
  planCompare,
  type AnalysisSettings,
  type CompareOptions,
  type ComparePlan,
  type RecognizedTable,
} from "../engine/index";
import { applyComparePlan, type ApplyCompareResult } from "../excel/apply-compare";
import type { ExcelRun } from "./excel-run";
import { readTables } from "./scan";

/** The plan's options but the settings (given beside): the kinds to build (all when missing), the user's pairs. */
export type CompareChoices = Omit<CompareOptions, "settings">;

export interface CompareResult {
  tables: RecognizedTable[];
  plan: ComparePlan;
  applied: ApplyCompareResult;
}

export async function compare(
  run: ExcelRun,
  settings: AnalysisSettings,
  options: CompareChoices = {}
): Promise<CompareResult> {
  const { grids, tables } = await readTables(run);
  const plan = planCompare(grids, tables, { ...options, settings });
  const applied = await run((context) => applyComparePlan(context, plan));
  return { tables, plan, applied };
}
