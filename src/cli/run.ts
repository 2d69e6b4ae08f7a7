// The sakip command: parses the arguments and runs check or fill. Returns the exit code.
import { parseCli, USAGE, UsageError } from "./args";
import { checkCommand } from "./check-command";
import { SettingsFileError, settingsFrom } from "./cli-settings";
import { compareCommand } from "./compare-command";
import { fillCommand } from "./fill-command";
import { portableCommand } from "./portable-command";
import type { CliIO } from "./io";

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.command === "help") {
      io.out(USAGE);
      return 0;
    }
    if (args.command === "portable") return await portableCommand(args, io);
    const settings = settingsFrom(args);
    if (args.command === "compare") return await compareCommand(args, settings, io);
    return args.command === "check" ? await checkCommand(args, settings, io) : await fillCommand(args, settings, io);
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
    io.err(`sakip: terjadi kesalahan yang tidak terduga (${e instanceof Error ? e.message : String(e)}). Laporkan beserta berkasnya.`);
    return 3;
  }
}
