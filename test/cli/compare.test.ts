// `sakip compare` as a child process: new file with the four sheets, re-read from disk with live
// formulas and recomputed values; a second compare of the output updates instead of adding copies;
// the input is never written; charts are said plainly not to be saved.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { cellKey } from "../../src/memory-excel/model";
import type { WorkbookModel } from "../../src/memory-excel/model";
import { readXlsx } from "../../src/xlsx/read";

const ROOT = resolve(__dirname, "../..");
const fixture = (file: string) => join(ROOT, "test/fixtures/xlsx", `${file}.xlsx`);
const tmp = mkdtempSync(join(tmpdir(), "sakip-compare-"));

function sakip(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/sakip.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function reread(path: string): Promise<WorkbookModel> {
  const model = await readXlsx(new Uint8Array(readFileSync(path)));
  createMemoryExcel(model); // recalculates every formula
  return model;
}

test("compare the Pemkot comparison fixture: four sheets re-read with live formulas; again = update", async () => {
  const input = fixture("pemkot-perbandingan-2024");
  const before = readFileSync(input);
  const out = join(tmp, "perbandingan.xlsx");
  const r = sakip("compare", input, "-o", out);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/4 lembar perbandingan ditulis/);
  expect(r.out).toMatch(/Grafik tidak ikut tersimpan/);
  expect(readFileSync(input).equals(before)).toBe(true);

  const model = await reread(out);
  const names = model.sheets.map((s) => s.name);
  expect(names).toEqual([
    "Tabel 2.26",
    "RPJMD dan Standar",
    "Perbandingan Antar Tahun",
    "Perbandingan Target Akhir",
    "Perbandingan Standar",
    "Analisis Efisiensi",
  ]);
  const antar = model.getSheet("Perbandingan Antar Tahun")!;
  // E7: Realisasi 2023 (No | Indikator | Satuan | Realisasi 2022 | Realisasi 2023 | ...).
  expect(antar.cells.get(cellKey(6, 4))?.formula).toBe(
    "=IF('Tabel 2.26'!H7=\"\",\"\",'Tabel 2.26'!H7)"
  );
  expect(antar.cells.get(cellKey(6, 4))?.value).toBe(72.56);
  expect(antar.cells.get(cellKey(9, 8))?.value).toBe("Membaik");

  const again = join(tmp, "perbandingan-2.xlsx");
  const r2 = sakip("compare", out, "-o", again, "--json");
  expect(r2.code).toBe(0);
  const report = JSON.parse(r2.out) as {
    sheets: { name: string; updated: boolean }[];
    stats: { syncs: number };
  };
  expect(report.sheets.map((s) => [s.name, s.updated])).toEqual([
    ["Perbandingan Antar Tahun", true],
    ["Perbandingan Target Akhir", true],
    ["Perbandingan Standar", true],
    ["Analisis Efisiensi", true],
  ]);
  expect(report.stats.syncs).toBe(2);
  expect((await reread(again)).sheets.map((s) => s.name)).toEqual(names);
});

test("never over its input, even through another path", () => {
  const copy = join(tmp, "sama.xlsx");
  copyFileSync(fixture("efisiensi-2024"), copy);
  const r = sakip("compare", copy, "-o", join(tmp, ".", "sama.xlsx"));
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/tidak pernah ditimpa/);
});

test("usage errors name what is missing", () => {
  const r = sakip("compare", fixture("efisiensi-2024"));
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/-o KELUAR\.xlsx/);
});
