// `sakip check FILE... [--json] [--stats]`: one JSON object (or summary) per file; exit 2 if any file could not be
// read, 3 if sakip itself failed on one (the others are still analysed).
import { cliRun } from "./cli-run";
import { scan } from "../app/scan";
import type { AnalysisSettings } from "../engine/index";
import { createMemoryExcel } from "../memory-excel/index";
import type { CheckArgs } from "./args";
import type { CliIO } from "./io";
import { NO_STATS, checkJson, checkSummary } from "./report";
import { FileProblem, openXlsx } from "./workbook-file";

export async function checkCommand(args: CheckArgs, settings: AnalysisSettings, io: CliIO): Promise<number> {
  let code = 0;
  for (const file of args.files) {
    const started = Date.now();
    try {
      const excel = createMemoryExcel(await openXlsx(file));
      const analysis = await scan(cliRun(excel), settings, { tableDoubtFindings: true });
      // Without --stats the figures stay 0 so the output is the same from run to run.
      const stats = args.stats
        ? {
          syncs: excel.stats.syncs, cellsRead: excel.stats.cellsRead, cellsWritten: excel.stats.cellsWritten, ms: Date.now() - started,
          responseBytes: excel.stats.responseBytes, responseBytesMax: excel.stats.responseBytesMax, mergedAreasMax: excel.stats.mergedAreasMax,
        }
        : NO_STATS;
      const report = checkJson(file, analysis, stats);
      io.out(args.json ? JSON.stringify(report) : checkSummary(report, analysis.notes, args.stats));
    } catch (e) {
      if (e instanceof FileProblem) {
        io.err(`sakip check: ${e.message}`);
        code = Math.max(code, 2);
      } else {
        // Our own failure on this workbook: say so, and still analyse the other files.
        io.err(`sakip check: ${file} tidak dapat dianalisis karena kesalahan di sakip sendiri (${e instanceof Error ? e.message : String(e)}). Laporkan beserta berkasnya.`);
        code = 3;
      }
    }
  }
  return code;
}
