// "Ubah ke rumus Excel biasa" over the portable use case: previews the plan, applies it once the user confirmed
// it (two round trips: check, write), then shows what stays from a fresh read.
import { useCallback, useState } from "react";
import { applyPortable, previewPortable } from "../../app/portable";
import type { PortablePlan } from "../../engine/index";
import type { WrittenStep } from "../../app/undo";
import type { ExcelRun } from "./host";
import { useAction } from "./useAction";

export interface PortableState {
  plan: PortablePlan | null;
  busy: boolean;
  error: string | null;
  /** Formulas replaced by the last apply; null before any. */
  done: number | null;
  preview: () => Promise<void>;
  apply: () => Promise<void>;
}

/** `onWritten`: what the conversion wrote, for the pane's list and its undo. */
export function usePortable(
  run: ExcelRun,
  onApplied?: () => Promise<void> | void,
  onWritten?: (step: WrittenStep) => Promise<void> | void
): PortableState {
  const [plan, setPlan] = useState<PortablePlan | null>(null);
  const { busy, error, act } = useAction();
  const [done, setDone] = useState<number | null>(null);

  const read = useCallback(() => previewPortable(run), [run]);

  const preview = useCallback(
    () =>
      act(async () => {
        setDone(null);
        setPlan(await read());
      }),
    [act, read]
  );

  const apply = useCallback(async () => {
    if (!plan) return;
    await act(async () => {
      const result = await applyPortable(run, plan);
      setDone(result.cellsWritten);
      await onWritten?.(result);
      // What is left (the formulas that stay, with their reasons) is shown from a fresh read.
      setPlan(await read());
      await onApplied?.();
    });
  }, [act, plan, read, run, onApplied, onWritten]);

  return { plan, busy, error, done, preview, apply };
}
