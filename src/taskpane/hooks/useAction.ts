// The pane's one pattern for a user action that reaches the workbook: busy while it runs, and its error shown
// until the next action. The message is the use case's own (already in the user's words), so it is passed on
// as it is.
import { useCallback, useState } from "react";

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export interface ActionState {
  busy: boolean;
  error: string | null;
  /** Runs `work` with busy set and the last error cleared; a throw becomes `error`; busy ends either way. */
  act: (work: () => Promise<void>) => Promise<void>;
  /** Forgets the last error (a new result replaces it). */
  clearError: () => void;
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
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, act, clearError };
}
