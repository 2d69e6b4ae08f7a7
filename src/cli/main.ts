// Entry of bin/sakip.js: runs the command with the process's arguments and streams.
import { runCli } from "./run";

// `sakip check FOLDER --json | head`: the reader closing the pipe is the end of the run, not a crash.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
