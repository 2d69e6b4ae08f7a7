// Portable = every =SAKIP.* formula replaced by the native formula that gives the same value: read, plan
// (engine), and write after the user saw the plan. What stays, with its reason, is in the plan.
import { planPortable, type PortablePlan } from "../engine/index";
import { applyPortablePlan, type PortableApplyResult } from "../excel/apply-portable";
import { readWorkbook } from "../excel/read-workbook";
import type { ExcelRun } from "./excel-run";

export interface PortableResult {
  plan: PortablePlan;
  applied: PortableApplyResult;
}

export async function previewPortable(run: ExcelRun): Promise<PortablePlan> {
  return planPortable(await run((context) => readWorkbook(context)));
}

export function applyPortable(run: ExcelRun, plan: PortablePlan): Promise<PortableApplyResult> {
  return run((context) => applyPortablePlan(context, plan));
}

/** Plan and write at once (the CLI: its user confirmed by asking for an output file). */
export async function portable(run: ExcelRun): Promise<PortableResult> {
  const plan = await previewPortable(run);
  return { plan, applied: await applyPortable(run, plan) };
}
