// One workbook checked from its path: the JSON object of `sakip check`, the reviewer's summary, and what went
// wrong when it could not be checked. Runs in a worker thread of the batch or in the main thread alike.
import { failedSummary, summarizeWorkbook, type WorkbookSummary } from "../app/report";
import { scan } from "../app/scan";
import type { AnalysisSettings } from "../engine/index";
import { createMemoryExcel } from "../memory-excel/index";
import { cliRun } from "./cli-run";
import { NO_STATS, checkJson, type CheckJson } from "./report";
import { FileProblem, openXlsx } from "./workbook-file";

export interface FileCheck {
  /** The object `sakip check --json` prints; with `error` when the file could not be checked. */
  json: CheckJson;
  notes: string[];
  summary: WorkbookSummary;
  /** "file": unreadable (exit 2); "bug": sakip failed on it (exit 3). */
  problem?: { kind: "file" | "bug"; message: string };
}

const ZERO = NO_STATS;

export async function checkFile(
  file: string,
  settings: AnalysisSettings,
  withStats: boolean
): Promise<FileCheck> {
  const started = Date.now();
  try {
    const excel = createMemoryExcel(await openXlsx(file));
    const analysis = await scan(cliRun(excel), settings, { tableDoubtFindings: true });
    // Without --stats the figures stay 0 so the output is the same from run to run.
    const stats = withStats
      ? {
          syncs: excel.stats.syncs,
          cellsRead: excel.stats.cellsRead,
          cellsWritten: excel.stats.cellsWritten,
          ms: Date.now() - started,
          responseBytes: excel.stats.responseBytes,
          responseBytesMax: excel.stats.responseBytesMax,
          mergedAreasMax: excel.stats.mergedAreasMax,
        }
      : ZERO;
    return {
      json: checkJson(file, analysis, stats),
      notes: analysis.notes,
      summary: summarizeWorkbook(file, analysis),
    };
  } catch (e) {
    const problem =
      e instanceof FileProblem
        ? { kind: "file" as const, message: e.message }
        : {
            kind: "bug" as const,
            message: `${file} tidak dapat dianalisis karena kesalahan di sakip sendiri (${e instanceof Error ? e.message : String(e)}). Laporkan beserta berkasnya.`,
          };
    return {
      json: { file, tables: [], findings: [], stats: ZERO, error: problem.message },
      notes: [],
      summary: failedSummary(file, problem.message),
      problem,
    };
  }
}
