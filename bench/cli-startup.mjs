// npm run bench (second part): start-up of the bundled command line against a bare `node` that loads ExcelJS.
// Goals (issue 15): `sakip --help` <= 1x, `sakip check` on a one-sheet workbook <= 2.5x. Medians of interleaved
// runs, so a busy machine slows every command alike; ratios, never absolute times, are what to compare.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
require(join(ROOT, "scripts/cli-bundle.js")).ensureCli(); // build first: a rebuild is not start-up
const ONE_SHEET = join(ROOT, "test/fixtures/xlsx/pemkot-anggaran-2024.xlsx");
const RUNS = Number(process.env.RUNS ?? 9);

const commands = {
  "node + require('exceljs')": ["-e", "require('exceljs')"],
  "sakip --help": [join(ROOT, "bin/sakip.js"), "--help"],
  "sakip check (one sheet) --json": [join(ROOT, "bin/sakip.js"), "check", ONE_SHEET, "--json"],
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [label, args] of Object.entries(commands)) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${label} exited ${r.status}`);
    times[label].push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times["node + require('exceljs')"]);
console.log(`\nCommand-line start-up, median of ${RUNS} runs`);
for (const label of Object.keys(commands)) {
  const m = median(times[label]);
  console.log(`${label.padEnd(34)} ${m.toFixed(0).padStart(6)} ms   ${(m / base).toFixed(2)}x`);
}
console.log("goals: --help <= 1.00x, check <= 2.50x");
