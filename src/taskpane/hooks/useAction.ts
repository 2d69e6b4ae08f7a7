// The pane's one pattern for a user action that reaches the workbook: busy while it runs, its error (as
// the message the use case wrote, already in the user's words) shown until the next action.
import { useCallback, useState } from "react";

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export interface ActionState {
  busy: boolean;
  error: string | null;
  /** Runs `work` with busy set and the previous error cleared; a throw becomes `error`. */
  act: (work: () => Promise<void>) => Promise<void>;
}

export function useAction(): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e: unknown) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, act };
}
