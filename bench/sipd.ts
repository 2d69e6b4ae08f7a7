// npm run bench (part): `sakip check` against ExcelJS's bare read of the same file, time and peak memory as
// ratios, on a generated 1.4-million-cell SIPD-like export and on a 105k-cell budget realisation workbook;
// and the engine alone (recognize + validate on grids read with ExcelJS) to show where the time goes.
// Each run is its own process so its peak memory is its own.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeBudgetWorkbook } from "./budget-workbook";
import { writeSipdWorkbook } from "./sipd-workbook";

const dir = join(__dirname, "..", "test-output");
if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
const file = join(dir, "bench-sipd.xlsx");

function run(label: string, args: string[]): Run {
  const r = spawnSync("/usr/bin/time", ["-f", "__%e %M %U %S", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 28,
  });
  return parse(label, r.stderr ?? "");
}
interface Run {
  /** Wall time, seconds. */
  s: number;
  /** CPU time (user + system), seconds: steadier than wall time on a shared machine. */
  cpu: number;
  mb: number;
}
function parse(label: string, stderr: string): Run {
  const m = /__([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
  if (!m) throw new Error(`${label}: no measurement in ${stderr.slice(-300)}`);
  const r = { s: Number(m[1]), mb: Number(m[2]) / 1024, cpu: Number(m[3]) + Number(m[4]) };
  console.log(
    `${label.padEnd(40)} ${r.s.toFixed(1).padStart(7)} s ${r.cpu.toFixed(1).padStart(7)} s CPU ${r.mb.toFixed(0).padStart(7)} MB`
  );
  return r;
}
const ratios = (label: string, a: Run, b: Run): void =>
  console.log(
    `ratio ${label}: time ${(a.s / b.s).toFixed(2)}x (CPU ${(a.cpu / b.cpu).toFixed(2)}x), peak memory ${(a.mb / b.mb).toFixed(2)}x`
  );

/** Bare read, engine path and `sakip check` on one file, printed with their ratios. */
function measure(file: string): void {
  const tsx = join(__dirname, "..", "node_modules", ".bin", "tsx");
  const bare = run("ExcelJS bare read", [
    process.execPath,
    "-e",
    `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`,
  ]);
  const engine = run("ExcelJS read + recognize + validate", [
    tsx,
    join(__dirname, "engine-only.ts"),
    file,
  ]);
  const check = run("sakip check --json", [
    process.execPath,
    join(__dirname, "..", "bin", "sakip.js"),
    "check",
    file,
    "--json",
  ]);
  ratios("engine path / bare read", engine, bare);
  ratios("sakip check / bare read ", check, bare);
  console.log("");
}

(async () => {
  // The CLI bundles itself when a source is newer than its bundle: do that now, not inside a measurement.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("../scripts/cli-bundle.js").ensureCli();
  const fresh = process.argv.includes("--fresh");
  const shape = { sheets: 5, rows: 4500, pairs: 28 };
  // The generators are deterministic: an existing file is reused unless --fresh.
  if (!existsSync(file) || fresh) {
    const cells = await writeSipdWorkbook(file, shape);
    console.log(
      `SIPD-like workbook: ${shape.sheets} sheets x ${shape.rows} rows, ${cells.toLocaleString("en")} cells -> ${file}`
    );
  }
  const budget = join(dir, "bench-budget.xlsx");
  if (!existsSync(budget) || fresh) {
    const cells = await writeBudgetWorkbook(budget, { programs: 195 });
    console.log(`Budget realisation workbook: ${cells.toLocaleString("en")} cells -> ${budget}`);
  }
  console.log("\n1.4-million-cell SIPD export (text amounts, four-row header):");
  measure(file);
  console.log(
    "105k-cell budget realisation (formulas with saved results, Realisasi split with its Jumlah):"
  );
  measure(budget);
})();
