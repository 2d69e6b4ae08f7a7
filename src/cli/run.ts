// The sakip command: parses the arguments and runs check or fill. Returns the exit code.
import { parseCli, USAGE, UsageError } from "./args";
import { SettingsFileError, settingsFrom } from "./cli-settings";
import type { CliIO } from "./io";

// The commands are imported when run: they pull in ExcelJS and HyperFormula, whose loading costs more than the
// rest of the start-up, and `--help` or a usage error needs neither.

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.command === "help") {
      io.out(USAGE);
      return 0;
    }
    if (args.command === "portable")
      return await (await import("./portable-command")).portableCommand(args, io);
    const settings = settingsFrom(args);
    if (args.command === "compare")
      return await (await import("./compare-command")).compareCommand(args, settings, io);
    if (args.command === "report")
      return await (await import("./report-command")).reportCommand(args, settings, io);
    if (args.command === "fill")
      return await (await import("./fill-command")).fillCommand(args, settings, io);
    return await (await import("./check-command")).checkCommand(args, settings, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`sakip: ${e.message}\n${USAGE}`);
      return 1;
    }
    if (e instanceof SettingsFileError) {
      io.err(`sakip: ${e.message}`);
      return 2;
    }
    // Anything else is our bug: say so in Indonesian, with the detail for the report.
    io.err(
      `sakip: terjadi kesalahan yang tidak terduga (${e instanceof Error ? e.message : String(e)}). Laporkan beserta berkasnya.`
    );
    return 3;
  }
}
