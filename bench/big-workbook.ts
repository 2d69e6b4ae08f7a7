// npm run bench, part 2: memory on big and far-corner workbooks, as ratios to ExcelJS's own read of the
// same file (issue 12: within 2x). Each step runs in its own process (bench/peak-memory.ts) for its peak.
// BENCH_CELLS sets the big workbook's size (default 2.6 million cells, about 30 MB).
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";

const ROOT = resolve(__dirname, "..");
const COLS = 20;
const SHEETS = 5;

/**
 * A SIPD-like budget export: kode, uraian, sumber dana as text, pagu and realisasi as numbers and as
 * Indonesian text numbers, percent and sisa as formulas with the results Excel saved.
 */
async function writeBig(file: string, cells: number): Promise<void> {
  const rowsPerSheet = Math.ceil(cells / SHEETS / COLS);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: false,
  });
  for (let s = 0; s < SHEETS; s++) {
    const ws = wb.addWorksheet(`Realisasi ${s + 1}`);
    const header = ["Kode", "Uraian", "Sumber Dana"];
    for (let c = 3; c < COLS; c++)
      header.push(c % 4 === 0 ? `Realisasi Tw ${c}` : c % 4 === 1 ? `% Tw ${c}` : `Anggaran ${c}`);
    ws.addRow(header).commit();
    for (let r = 0; r < rowsPerSheet; r++) {
      const n = r + 2;
      const pagu = 1_000_000 + ((r * 7919) % 900_000_000);
      const row: ExcelJS.CellValue[] = [
        `5.01.01.2.${String(r % 99).padStart(2, "0")}.${String(r % 9999).padStart(4, "0")}`,
        `Sub kegiatan penyediaan layanan nomor ${r}`,
        r % 3 === 0 ? "DAU" : "PAD",
      ];
      for (let c = 3; c < COLS; c++) {
        if (c % 4 === 1)
          row.push({ formula: `E${n}/D${n}`, result: 0.8 } as ExcelJS.CellFormulaValue);
        else if (c % 5 === 0) row.push(pagu.toLocaleString("id-ID"));
        else row.push(pagu * (0.5 + (c % 3) / 10));
      }
      ws.addRow(row).commit();
    }
    ws.commit();
  }
  await wb.commit();
}

async function writeCorner(file: string, cells: Record<string, number>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lembar1");
  for (const [a, v] of Object.entries(cells)) ws.getCell(a).value = v;
  await wb.xlsx.writeFile(file);
}

function measure(step: string, file: string): { ms: number; peakMB: number } {
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=8192", "-r", "tsx/cjs", join(ROOT, "bench/peak-memory.ts"), step, file],
    { cwd: ROOT, encoding: "utf8" }
  );
  const line = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !line.startsWith("{"))
    throw new Error(`${step} ${file} failed: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(line) as { ms: number; peakMB: number };
}

function compare(label: string, file: string, steps: string[]): void {
  const base = measure("exceljs", file);
  console.log(`\n${label} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB)`);
  console.log(
    `  ExcelJS read          ${String(base.peakMB).padStart(6)} MB peak ${String(base.ms).padStart(8)} ms`
  );
  for (const step of steps) {
    const m = measure(step, file);
    console.log(
      `  sakip ${step.padEnd(15)} ${String(m.peakMB).padStart(6)} MB peak ${String(m.ms).padStart(8)} ms   ` +
        `memory ${(m.peakMB / base.peakMB).toFixed(2)}x, time ${(m.ms / base.ms).toFixed(2)}x of ExcelJS's read`
    );
  }
}

export async function benchBigWorkbooks(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sakip-bench-"));
  const corner = join(dir, "pojok-xfd.xlsx");
  await writeCorner(corner, { XFD1: 1, XFD1048576: 2 });
  const last = join(dir, "baris-terakhir.xlsx");
  await writeCorner(last, { A1048576: 5 });
  compare("Cells at XFD1 and XFD1048576", corner, ["check", "fill"]);
  compare("One cell at A1048576", last, ["check", "fill"]);
  const cells = Number(process.env.BENCH_CELLS ?? 2_600_000);
  const big = join(dir, "besar.xlsx");
  await writeBig(big, cells);
  compare(`${cells.toLocaleString("id-ID")} cells, ${SHEETS} sheets`, big, ["check", "fill"]);
}

if (require.main === module) void benchBigWorkbooks();
