// `sakip report FOLDER... -o RINGKASAN.xlsx`: every workbook checked (in parallel), then one summary workbook
// for the reviewer. Progress on stderr; a file that cannot be read is a row saying why, never the end of the run.
import { writeFile } from "node:fs/promises";
import {
  findingsSheet,
  summarySheet,
  type FileFindings,
  type WorkbookSummary,
} from "../app/report";
import type { AnalysisSettings } from "../engine/index";
import type { ReportArgs } from "./args";
import { checkBatch } from "./batch";
import { expandInputs } from "./folder";
import type { CliIO } from "./io";
import { writeReport } from "./report-workbook";
import { sameFile } from "./workbook-file";

export async function reportCommand(
  args: ReportArgs,
  settings: AnalysisSettings,
  io: CliIO
): Promise<number> {
  const output = args.output;
  const { files } = expandInputs(args.files);
  const inputs = files.filter((f) => !sameFile(f, output)); // an earlier summary in the folder is no unit's workbook
  if (inputs.length === 0) {
    io.err(`sakip report: tidak ada berkas .xlsx atau .xlsm di ${args.files.join(", ")}.`);
    return 2;
  }
  const summaries: WorkbookSummary[] = [];
  const findings: FileFindings[] = [];
  let unreadable = 0;
  await checkBatch(inputs, {
    settings,
    stats: false,
    onResult: (result, index) => {
      summaries.push(result.summary);
      findings.push({ file: result.json.file, findings: result.json.findings });
      if (result.problem) unreadable++;
      const what = result.problem
        ? `tidak dapat diperiksa: ${result.problem.message}`
        : `${result.summary.errors} kesalahan, ${result.summary.warnings} peringatan`;
      io.err(`[${index + 1}/${inputs.length}] ${result.json.file}: ${what}`);
    },
  });
  try {
    await writeFile(
      output,
      await writeReport(output, summarySheet(summaries), findingsSheet(findings))
    );
  } catch (e) {
    io.err(
      `sakip report: ${output} tidak dapat ditulis (${e instanceof Error ? e.message : String(e)}). Periksa foldernya dan izin menulis.`
    );
    return 2;
  }
  io.err(
    `sakip report: ${inputs.length} buku kerja diringkas ke ${output}` +
      (unreadable > 0 ? ` (${unreadable} tidak dapat diperiksa).` : ".")
  );
  return 0;
}
