// "Ubah ke rumus Excel biasa": reads the workbook, plans the native formulas (engine), and applies the
// plan after the user confirmed it (two round trips: check, write). The pane shows the plan in between.
import { useCallback, useState } from "react";
import { planPortable, type PortablePlan } from "../../engine/index";
import { applyPortablePlan } from "../../excel/apply-portable";
import { readWorkbook } from "../../excel/read-workbook";
import type { ExcelRun } from "./host";

export interface PortableState {
  plan: PortablePlan | null;
  busy: boolean;
  error: string | null;
  /** Formulas replaced by the last apply; null before any. */
  done: number | null;
  preview: () => Promise<void>;
  apply: () => Promise<void>;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function usePortable(run: ExcelRun, onApplied?: () => Promise<void> | void): PortableState {
  const [plan, setPlan] = useState<PortablePlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const read = useCallback(async () => planPortable(await run((context) => readWorkbook(context))), [run]);

  const preview = useCallback(async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setPlan(await read());
    } catch (e: unknown) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }, [read]);

  const apply = useCallback(async () => {
    if (!plan) return;
    setBusy(true);
    setError(null);
    try {
      const result = await run((context) => applyPortablePlan(context, plan));
      setDone(result.cellsWritten);
      // What is left (the formulas that stay, with their reasons) is shown from a fresh read.
      setPlan(await read());
      await onApplied?.();
    } catch (e: unknown) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }, [plan, read, run, onApplied]);

  return { plan, busy, error, done, preview, apply };
}
