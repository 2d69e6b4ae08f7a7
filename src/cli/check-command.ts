// `sakip check FILE|FOLDER... [--json] [--stats]`: one JSON object (or summary) per workbook, folders walked with
// their subfolders, checked in parallel. Exit 2 if any file could not be read, 3 if sakip itself failed on one;
// the others are still analysed. A file named on the command line that cannot be read is said on stderr; one
// found in a folder also gets its object, with `error`, so a batch's output has one line per workbook.
import type { AnalysisSettings } from "../engine/index";
import type { CheckArgs } from "./args";
import { checkBatch } from "./batch";
import { expandInputs } from "./folder";
import type { CliIO } from "./io";
import { checkSummary } from "./report";

export async function checkCommand(
  args: CheckArgs,
  settings: AnalysisSettings,
  io: CliIO
): Promise<number> {
  let code = 0;
  const { files, fromFolder } = expandInputs(args.files);
  if (files.length === 0) {
    io.err(`sakip check: tidak ada berkas .xlsx atau .xlsm di ${args.files.join(", ")}.`);
    return 2;
  }
  await checkBatch(files, {
    settings,
    stats: args.stats,
    onResult: (result) => {
      const { json, problem } = result;
      if (problem) {
        io.err(`sakip check: ${problem.message}`);
        code = problem.kind === "bug" ? 3 : Math.max(code, 2);
        if (!fromFolder.has(json.file)) return;
        io.out(
          args.json
            ? JSON.stringify(json)
            : `${json.file}: tidak dapat diperiksa. ${problem.message}`
        );
        return;
      }
      io.out(args.json ? JSON.stringify(json) : checkSummary(json, result.notes, args.stats));
    },
  });
  return code;
}
