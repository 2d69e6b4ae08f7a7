// The last scan, shared by the Pindai, Temuan, Isi and Pengaturan tabs.
import { useCallback, useState } from "react";
import type { AnalysisSettings } from "../../engine/index";
import type { Analysis, ScanProgress } from "./analysis";
import type { ExcelRun } from "./host";
import { messageOf } from "./useSettings";

export interface AnalysisState {
  analysis: Analysis | null;
  scanning: boolean;
  progress: ScanProgress | null;
  error: string | null;
  scan: () => Promise<void>;
}

export function useAnalysis(run: ExcelRun, settings: AnalysisSettings): AnalysisState {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [scanning, setScanning] = useState(false);
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  const scan = useCallback(async () => {
    setScanning(true);
    setError(null);
    setProgress(null);
    try {
      // The engine (recognize, validate) is a chunk of its own, fetched on the first scan, not at first paint.
      const { analyzeWorkbook } = await import("./analysis");
      setAnalysis(await analyzeWorkbook(run, settings, setProgress));
    } catch (e: unknown) {
      setError(messageOf(e));
    } finally {
      setScanning(false);
    }
  }, [run, settings]);

  return { analysis, scanning, progress, error, scan };
}
