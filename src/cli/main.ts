// Entry of bin/sakip.js: runs the command with the process's arguments and streams.
import { runCli } from "./run";

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
