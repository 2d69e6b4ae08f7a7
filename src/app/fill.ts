// Fill = add the missing capaian / predikat / serapan / sisa columns to every recognized table: plan (engine),
// then one write through the adapter. The pane plans from its last scan to preview, then applies that plan.
import { planFill, type AnalysisSettings, type FillMode, type FillPlan } from "../engine/index";
import { applyFillPlan, type ApplyResult } from "../excel/apply-plan";
import type { ExcelRun } from "./excel-run";
import { scan, type Analysis, type ScanOptions } from "./scan";

export interface FillResult {
  analysis: Analysis;
  plan: FillPlan;
  applied: ApplyResult;
}

export function planFillOf(
  analysis: Pick<Analysis, "grids" | "tables">,
  settings: AnalysisSettings,
  mode: FillMode
): FillPlan {
  return planFill(analysis.grids, analysis.tables, { mode, settings });
}

export function applyFill(run: ExcelRun, plan: FillPlan): Promise<ApplyResult> {
  return run((context) => applyFillPlan(context, plan));
}

/** Scan (unless given the scan), plan, write. */
export async function fill(
  run: ExcelRun,
  settings: AnalysisSettings,
  options: ScanOptions & { mode: FillMode; analysis?: Analysis }
): Promise<FillResult> {
  const analysis = options.analysis ?? (await scan(run, settings, options));
  const plan = planFillOf(analysis, settings, options.mode);
  return { analysis, plan, applied: await applyFill(run, plan) };
}
