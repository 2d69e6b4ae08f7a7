// Scan = read every sheet through the adapter, recognize tables, validate them. Pure steps after
// the read, one sheet at a time so the pane can show progress on a large workbook.
import { recognize, validate, type Finding, type Grid, type RecognizedTable, type AnalysisSettings } from "../../engine/index";
import { readWorkbook } from "../../excel/read-workbook";
import type { ExcelRun } from "./host";

export interface Analysis {
  grids: Grid[];
  tables: RecognizedTable[];
  findings: Finding[];
  /** Recognition doubts and validation notes, said once. */
  notes: string[];
}

export interface ScanProgress {
  done: number;
  total: number;
}

/** Lets React paint the progress between sheets. */
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function analyzeWorkbook(
  run: ExcelRun,
  settings: AnalysisSettings,
  onProgress: (p: ScanProgress) => void = () => undefined,
): Promise<Analysis> {
  const grids = await run((context) => readWorkbook(context));
  const result: Analysis = { grids, tables: [], findings: [], notes: [] };
  onProgress({ done: 0, total: grids.length });
  for (let i = 0; i < grids.length; i++) {
    const grid = grids[i];
    const recognized = recognize(grid);
    result.tables.push(...recognized.tables);
    result.notes.push(...recognized.doubts);
    if (recognized.tables.length > 0) {
      const validation = validate(grid, recognized.tables, settings);
      result.findings.push(...validation.findings);
      result.notes.push(...validation.notes);
    }
    onProgress({ done: i + 1, total: grids.length });
    await yieldToUi();
  }
  result.notes = [...new Set(result.notes)];
  return result;
}
