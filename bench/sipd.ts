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

function run(label: string, args: string[]): { s: number; mb: number } {
  const r = spawnSync("/usr/bin/time", ["-f", "__%e %M", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 28,
  });
  return parse(label, r.stderr ?? "");
}
function parse(label: string, stderr: string): { s: number; mb: number } {
  const m = /__([\d.]+) (\d+)/.exec(stderr);
  if (!m) throw new Error(`${label}: no measurement in ${stderr.slice(-300)}`);
  const r = { s: Number(m[1]), mb: Number(m[2]) / 1024 };
  console.log(
    `${label.padEnd(40)} ${r.s.toFixed(1).padStart(7)} s ${r.mb.toFixed(0).padStart(7)} MB`
  );
  return r;
}

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
  console.log(
    `ratio engine path / bare read: time ${(engine.s / bare.s).toFixed(2)}x, peak memory ${(engine.mb / bare.mb).toFixed(2)}x`
  );
  console.log(
    `ratio sakip check / bare read:  time ${(check.s / bare.s).toFixed(2)}x, peak memory ${(check.mb / bare.mb).toFixed(2)}x\n`
  );
}

(async () => {
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
