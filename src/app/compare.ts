// Compare = the comparison sheets (antar tahun, target akhir, standar, efisiensi): read and recognize, plan
// (engine), write the sheets in one pass through the adapter. Fixing a match is planning again with overrides.
import {
  planCompare, type AnalysisSettings, type CompareKind, type ComparePlan, type MatchOverride, type RecognizedTable,
} from "../engine/index";
import { applyComparePlan, type ApplyCompareResult } from "../excel/apply-compare";
import type { ExcelRun } from "./excel-run";
import { readTables } from "./scan";

export interface CompareOptions {
  /** The sheets to build; all kinds when missing. */
  kinds?: CompareKind[];
  /** The user's own pairs, which win over the matcher's. */
  overrides?: MatchOverride[];
}

export interface CompareResult {
  tables: RecognizedTable[];
  plan: ComparePlan;
  applied: ApplyCompareResult;
}

export async function compare(run: ExcelRun, settings: AnalysisSettings, options: CompareOptions = {}): Promise<CompareResult> {
  const { grids, tables } = await readTables(run);
  const plan = planCompare(grids, tables, { ...options, settings });
  const applied = await run((context) => applyComparePlan(context, plan));
  return { tables, plan, applied };
}
