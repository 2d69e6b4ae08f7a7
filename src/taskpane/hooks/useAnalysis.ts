// The last scan, shared by the Pindai, Temuan, Isi and Pengaturan tabs.
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalysisSettings } from "../../engine/index";
import type { Analysis, ScanProgress } from "../../app/scan";
import type { ExcelRun } from "./host";
import { useAction } from "./useAction";

export interface AnalysisState {
  analysis: Analysis | null;
  scanning: boolean;
  progress: ScanProgress | null;
  error: string | null;
  scan: () => Promise<void>;
}

/** Lets React paint the progress between sheets. */
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function useAnalysis(run: ExcelRun, settings: AnalysisSettings): AnalysisState {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const { busy: scanning, error, act } = useAction();
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  const scanned = useRef(false);

  const scan = useCallback(
    () =>
      act(async () => {
        setProgress(null);
        // The scan and the engine (recognize, validate) are a chunk of their own, fetched on the first scan, not at first paint.
        const { scan: scanWorkbook } = await import("../../app/scan");
        const onProgress = (p: ScanProgress): Promise<void> => {
          setProgress(p);
          return yieldToUi();
        };
        setAnalysis(await scanWorkbook(run, settings, { onProgress }));
        scanned.current = true;
      }),
    [act, run, settings]
  );

  // A changed setting re-analyses at once (findings, and the fill preview planned from them): `scan` is new
  // whenever the settings are. Before the first scan there is nothing to keep current.
  useEffect(() => {
    if (scanned.current) void scan();
  }, [scan]);

  return { analysis, scanning, progress, error, scan };
}
