// Settings live in the workbook: loaded once when the pane opens, saved on every change.
import { useCallback, useEffect, useState } from "react";
import { DEFAULT_SETTINGS, type AnalysisSettings } from "../../engine/index";
import { loadSettings, saveSettings } from "../../excel/settings-store";
import type { ExcelRun } from "./host";
import { messageOf } from "./useAction";

export interface SettingsState {
  settings: AnalysisSettings;
  loaded: boolean;
  error: string | null;
  update: (patch: Partial<AnalysisSettings>) => Promise<void>;
}

export function useSettings(run: ExcelRun): SettingsState {
  const [settings, setSettings] = useState<AnalysisSettings>({ ...DEFAULT_SETTINGS, polarity: {} });
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    run((context) => loadSettings(context))
      .then((s) => {
        if (alive) setSettings(s);
      })
      .catch((e: unknown) => {
        if (alive) setError(messageOf(e));
      })
      .finally(() => {
        if (alive) setLoaded(true);
      });
    return () => {
      alive = false;
    };
  }, [run]);

  const update = useCallback(
    async (patch: Partial<AnalysisSettings>) => {
      const next = { ...settings, ...patch };
      setSettings(next);
      try {
        await run((context) => saveSettings(context, next));
        setError(null);
      } catch (e: unknown) {
        setError(messageOf(e));
      }
    },
    [run, settings]
  );

  return { settings, loaded, error, update };
}
