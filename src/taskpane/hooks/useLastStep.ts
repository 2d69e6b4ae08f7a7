// The last fill, compare or portable conversion, kept while the pane is open: the ranges it wrote (listed, the
// first one selected) and its undo record. It lives in the pane, not in a tab, so switching tabs keeps it.
import { createContext, useCallback, useContext, useState } from "react";
import { undo as undoStep, UndoConflictError, type WrittenStep } from "../../app/undo";
import { selectRange } from "../../excel/select";
import type { ExcelRun } from "./host";
import { useAction } from "./useAction";

export interface LastStepState {
  step: WrittenStep | null;
  /** The user edited the written cells since: the list stays, the undo is no longer offered. */
  undoable: boolean;
  busy: boolean;
  /** What the last undo gave back (shown once it is done). */
  undone: { label: string; cells: number; removed: number; restored: number } | null;
  /** Why the undo could not run (Indonesian, from the adapter). */
  error: string | null;
  /** Keeps the step and selects its first range. */
  record: (step: WrittenStep) => Promise<void>;
  undo: () => Promise<void>;
}

export function useLastStep(run: ExcelRun, onUndone?: () => Promise<void> | void): LastStepState {
  const [step, setStep] = useState<WrittenStep | null>(null);
  const [undoable, setUndoable] = useState(false);
  const [undone, setUndone] = useState<LastStepState["undone"]>(null);
  const { busy, error, act, clearError } = useAction();

  const record = useCallback(
    async (next: WrittenStep) => {
      setStep(next);
      setUndoable(true);
      setUndone(null);
      clearError();
      const first = next.written[0];
      if (first) {
        // The selection is a convenience: a sheet renamed in between must not turn the write into an error.
        try {
          await run((context) => selectRange(context, first.sheet, first.range));
        } catch {
          /* the list still offers every range */
        }
      }
    },
    [run, clearError]
  );

  const undo = useCallback(async () => {
    if (!step || !undoable) return;
    await act(async () => {
      try {
        const result = await undoStep(run, step.undo);
        setUndone({
          label: step.undo.label,
          cells: result.cellsRestored,
          removed: result.sheetsRemoved.length,
          restored: result.sheetsRestored.length,
        });
        setStep(null);
        await onUndone?.();
      } catch (e: unknown) {
        // Edited since: say so and stop offering it (trying again cannot succeed).
        if (e instanceof UndoConflictError) setUndoable(false);
        throw e;
      }
    });
  }, [run, step, undoable, onUndone, act]);

  return { step, undoable, busy, undone, error, record, undo };
}

/** Panels report what they wrote here; null where a panel is shown on its own (tests). */
export const LastStepContext = createContext<LastStepState | null>(null);

export function useLastStepContext(): LastStepState | null {
  return useContext(LastStepContext);
}
