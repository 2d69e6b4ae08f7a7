// The real command (`node bin/sakip.js`) as a child process, on the fixture workbooks built from the seeds.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fixtures } from "../fixtures/data/index";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx/read";
import type { WorkbookModel } from "../../src/memory-excel/model";

const ROOT = resolve(__dirname, "../..");
const FIXTURES = join(ROOT, "test/fixtures/xlsx");
const fixture = (file: string) => join(FIXTURES, `${file}.xlsx`);

function sakip(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/sakip.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "sakip-cli-"));

async function model(path: string): Promise<WorkbookModel> {
  return readXlsx(new Uint8Array(readFileSync(path)));
}

/** Every cell of a workbook: sheet!row,col -> value / formula / number format. */
function cells(m: WorkbookModel): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of m.sheets) {
    for (const [key, c] of s.cells)
      out.set(`${s.name}!${key}`, {
        value: c.value,
        formula: c.formula,
        numberFormat: c.numberFormat ?? "General",
      });
  }
  return out;
}

describe("sakip check", () => {
  test("--json on every fixture: one object per file, each table with its exact range, kind, roles and rows", () => {
    const r = sakip("check", ...fixtures.map((f) => fixture(f.file)), "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(fixtures.length);
    lines.forEach((line, i) => {
      const report = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(report)).toEqual(["file", "tables", "findings", "stats"]);
      expect(report.file).toBe(fixture(fixtures[i]!.file));
      const expected = fixtures[i]!.sheets.flatMap((s) =>
        s.expected.map((t) => ({
          sheet: s.name,
          range: t.range,
          kind: t.kind,
          columns: t.columns,
          rows: t.rows.length,
        }))
      );
      expect(report.tables).toEqual(expected);
      const doubtCells: string[] = [];
      for (const f of report.findings as Record<string, unknown>[]) {
        // A TABLE_DOUBT is one per table and carries every doubt about it in `items`.
        const doubt = f.rule === "TABLE_DOUBT";
        expect(Object.keys(f)).toEqual([
          "rule",
          "severity",
          "sheet",
          "cell",
          "message",
          "expected",
          "actual",
          ...(doubt ? ["items"] : []),
        ]);
        expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
        if (doubt) {
          doubtCells.push(`${String(f.sheet)}!${String(f.cell)}`);
          expect((f.items as unknown[]).length).toBeGreaterThan(0);
        }
      }
      expect(new Set(doubtCells).size).toBe(doubtCells.length);
      expect(report.stats).toEqual({
        syncs: 0,
        cellsRead: 0,
        cellsWritten: 0,
        ms: 0,
        responseBytes: 0,
        responseBytesMax: 0,
        mergedAreasMax: 0,
      });
    });
  });

  test("--stats fills the counters: two round trips for the whole workbook", () => {
    const r = sakip("check", fixture("pemkot-pk-2024"), "--json", "--stats");
    expect(r.code).toBe(0);
    const stats = (JSON.parse(r.out) as { stats: Record<string, number> }).stats;
    expect(stats.syncs).toBe(2);
    expect(stats.cellsRead).toBeGreaterThan(100);
    expect(stats.cellsWritten).toBe(0);
    expect(stats.ms).toBeGreaterThanOrEqual(0);
    // Counted by the in-memory Excel as Excel would send them, within its limits.
    expect(stats.responseBytes).toBeGreaterThan(stats.cellsRead);
    expect(stats.responseBytesMax).toBeLessThanOrEqual(stats.responseBytes);
    expect(stats.responseBytesMax).toBeLessThanOrEqual(5_000_000);
    expect(stats.mergedAreasMax).toBeGreaterThanOrEqual(0);
    expect(stats.mergedAreasMax).toBeLessThanOrEqual(512);
  });

  test("without --json: a short Indonesian summary", () => {
    const r = sakip("check", fixture("pemkot-pk-2024"));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/pemkot-pk-2024\.xlsx: 2 tabel, \d+ temuan/);
    expect(r.out).toContain('Tabel PK (perjanjian/pengukuran kinerja) di lembar "PK 2024" A3:H24');
  });

  test("a missing file: exit 2 with an Indonesian message, the other files still analysed", () => {
    const missing = join(tmp, "tidak-ada.xlsx");
    const r = sakip("check", missing, fixture("diskominfo-pk-2024"), "--json");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Berkas ${missing} tidak ditemukan`);
    expect(JSON.parse(r.out).file).toBe(fixture("diskominfo-pk-2024"));
  });

  test("a file that is not an xlsx: exit 2 and says what to do", () => {
    const csv = join(tmp, "laporan.csv");
    writeFileSync(csv, "No;Indikator;Target\n1;IKU;80\n");
    const fake = join(tmp, "palsu.xlsx");
    writeFileSync(fake, "bukan excel");
    const a = sakip("check", csv);
    expect(a.code).toBe(2);
    expect(a.err).toContain("bukan berkas Excel .xlsx");
    const b = sakip("check", fake, "--json");
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/bukan berkas \.xlsx yang sah.*simpan ulang sebagai \.xlsx/);
    expect(b.out).toBe("");
  });

  test("wrong usage: exit 1 with the usage in Indonesian", () => {
    const r = sakip("periksa", fixture("pemkot-pk-2024"));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Perintah "periksa" tidak dikenal');
    expect(r.err).toContain("Pemakaian:");
  });
});

describe("sakip fill", () => {
  test("adds the missing columns to a copy; every old cell is untouched; a second fill adds nothing", async () => {
    const input = join(tmp, "diskominfo-pk.xlsx");
    copyFileSync(fixture("diskominfo-pk-2024"), input);
    const inputBytes = readFileSync(input);
    const out = join(tmp, "terisi.xlsx");
    const r = sakip("fill", input, "-o", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/kolom baru \(rumus =SAKIP\.\*\) ditulis ke/);
    expect(r.out).toContain("Tabel 3.2!F4:F9");
    // Tabel 3.14 heads two columns "2024" (F and G, 2023 missing): which is the 2024 target is a guess, so
    // its capaian and predikat are withheld and said, not written from the first of the two.
    expect(r.out).toMatch(
      /Tidak diisi: Tabel 3\.14: Kolom "Capaian 2024 \(%\)".*kolom F yang belum pasti/
    );
    expect(r.out).not.toMatch(/Tabel 3\.14![A-Z]+\d+:[A-Z]+\d+\s+"Capaian/);
    expect(readFileSync(input).equals(inputBytes)).toBe(true);

    const before = cells(await model(input));
    const filled = await model(out);
    const after = cells(filled);
    for (const [key, cell] of before) expect(after.get(key)).toEqual(cell);
    const sheet = filled.getSheet("Tabel 3.2")!;
    expect(sheet.getCell(3, 5)!.value).toBe("Capaian (%)");
    expect(sheet.getCell(3, 6)!.value).toBe("Predikat");
    // Indeks Nilai SPBE: 3,12 against 2,98, as a live formula with its cached result.
    expect(sheet.getCell(4, 5)!.formula).toBe("=SAKIP.CAPAIAN(D5,E5)");
    expect(sheet.getCell(4, 5)!.value).toBeCloseTo(3.12 / 2.98, 6);

    const again = join(tmp, "terisi-lagi.xlsx");
    const r2 = sakip("fill", out, "-o", again);
    expect(r2.code).toBe(0);
    expect(r2.out).toContain("Tidak ada kolom yang ditulis");
    expect(r2.out).toContain("2 kolom tidak diisi karena kolom yang dibacanya belum pasti");
    expect(cells(await model(again))).toEqual(after);
  });

  test("--mode values writes the engine's figures, not formulas", async () => {
    const out = join(tmp, "angka.xlsx");
    const r = sakip("fill", fixture("diskominfo-pk-2024"), "-o", out, "--mode", "values", "--json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      columns: { sheet: string; range: string; header: string }[];
    };
    expect(report.columns.map((c) => `${c.sheet}!${c.range}`)).toContain("Tabel 3.2!F4:F9");
    const cell = (await model(out)).getSheet("Tabel 3.2")!.getCell(4, 5)!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBeCloseTo(3.12 / 2.98, 10);
  });

  test("refuses to write over its input, and says so", () => {
    const input = join(tmp, "asli.xlsx");
    copyFileSync(fixture("pemkot-pk-2024"), input);
    const bytes = readFileSync(input);
    const r = sakip("fill", input, "-o", join(tmp, ".", "asli.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("sama dengan berkas masukan");
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });
});

describe("settings", () => {
  test("a settings file that is not valid JSON, or has a bad value: exit 2 with what to fix", () => {
    const broken = join(tmp, "rusak.json");
    writeFileSync(broken, "{ lowerFormula: lower }");
    const a = sakip("check", fixture("pemkot-pk-2024"), "--settings", broken);
    expect(a.code).toBe(2);
    expect(a.err).toContain(`Berkas pengaturan ${broken} bukan JSON yang sah`);
    const bad = join(tmp, "salah.json");
    writeFileSync(
      bad,
      JSON.stringify({ polarity: { "Tingkat Pengangguran Terbuka (TPT)": "naik turun" } })
    );
    const b = sakip("check", fixture("pemkot-pk-2024"), "--settings", bad);
    expect(b.code).toBe(2);
    expect(b.err).toContain("Tingkat Pengangguran Terbuka (TPT)");
  });

  test("a bad flag value is wrong usage (exit 1); -o must name an .xlsx", () => {
    const a = sakip("check", fixture("pemkot-pk-2024"), "--arah-rendah", "terbalik");
    expect(a.code).toBe(1);
    expect(a.err).toContain('--arah-rendah "terbalik" tidak dikenal');
    const b = sakip("fill", fixture("pemkot-pk-2024"), "-o", join(tmp, "keluar.csv"));
    expect(b.code).toBe(1);
    expect(b.err).toContain("harus berakhiran .xlsx");
  });
});

test("fill follows --arah-rendah: the unemployment rate (lower is better) scored as T/R, as the Pemkot report does", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IKU");
  ws.addRows([
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi"],
    [1, "Menciptakan lapangan kerja", "Tingkat Pengangguran Terbuka (TPT)", "persen", 6.1, 5.44],
    [
      2,
      "Meningkatnya akses dan kualitas layanan pendidikan",
      "Indeks Pendidikan",
      "Poin",
      76.66,
      76.72,
    ],
  ]);
  const input = join(tmp, "iku.xlsx");
  await wb.xlsx.writeFile(input);
  const out = join(tmp, "iku-terisi.xlsx");
  const r = sakip("fill", input, "-o", out, "--mode", "values", "--arah-rendah", "ratio");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const sheet = (await model(out)).getSheet("IKU")!;
  expect(sheet.getCell(0, 6)!.value).toBe("Capaian (%)");
  expect(sheet.getCell(1, 6)!.value).toBeCloseTo(6.1 / 5.44, 10);
  expect(sheet.getCell(2, 6)!.value).toBeCloseTo(76.72 / 76.66, 10);
  expect(sheet.getCell(1, 6)!.numberFormat).toBe("0.00%");
});

test("a reader that closes the pipe early (sakip check FOLDER --json | head) ends the run quietly", () => {
  // `head -c 1` closes stdout after one byte while sakip is still writing the other workbooks' objects.
  const r = spawnSync(
    "sh",
    [
      "-c",
      `"${process.execPath}" bin/sakip.js check test/fixtures/xlsx --json | head -c 1 >/dev/null; echo "rc=$?"`,
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120000,
    }
  );
  expect(r.stderr).not.toMatch(/EPIPE|Unhandled 'error' event/);
}, 120000);
