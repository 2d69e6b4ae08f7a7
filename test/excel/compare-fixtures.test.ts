// Compare end to end on the seeds' fixture workbooks, against the in-memory Excel: old cells untouched,
import "./compare-matchers";
// the new sheets' figures equal what a reader computes from the seeds' own tables (Pemkot Binjai
// Tabel 2.26 - 2.28, Diskominfo's efficiency per sasaran), a second run equals the first, two round trips.
import { fixtures, pemkotPerbandingan, efisiensi } from "../fixtures/data/index";
import {
  compareOnce,
  createMemoryExcel,
  formulaAt,
  modelFromFixture,
  valueAt,
} from "./compare-workbook";
import { snapshot } from "./workbook";

const ANTAR = "Perbandingan Antar Tahun";
const AKHIR = "Perbandingan Target Akhir";
const STANDAR = "Perbandingan Standar";
const EFISIENSI = "Analisis Efisiensi";

describe.each(fixtures.map((f) => [f.file, f] as const))("compare on %s", (_name, fw) => {
  test("every old cell identical, second run identical to the first, two round trips", async () => {
    const model = modelFromFixture(fw);
    const excel = createMemoryExcel(model);
    const before = snapshot(model);
    const sheetsBefore = model.sheets.map((s) => s.name);
    const first = await compareOnce(excel);
    expect(first.syncs).toBe(first.plan.sheets.length === 0 ? 0 : 2);
    const after = snapshot(model);
    for (const [key, cell] of before) expect([key, after.get(key)]).toEqual([key, cell]);
    expect(model.sheets.slice(0, sheetsBefore.length).map((s) => s.name)).toEqual(sheetsBefore);
    for (const s of first.plan.sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(model.getSheet(s.name)!.charts.length).toBe(s.chart ? 1 : 0);
    }

    const second = await compareOnce(excel);
    expect(second.plan.sheets.map((s) => [s.name, s.update])).toEqual(
      first.plan.sheets.map((s) => [s.name, true])
    );
    expect(second.syncs).toBe(first.syncs);
    expect(snapshot(model)).toEqual(after);
    expect(model.sheets.map((s) => [s.name, s.charts.length])).toEqual([
      ...sheetsBefore.map((n) => [n, 0]),
      ...first.plan.sheets.map((s) => [s.name, s.chart ? 1 : 0]),
    ]);
  });
});

describe("Pemkot Binjai Tabel 2.26 - 2.28", () => {
  async function built(settings = {}) {
    const model = modelFromFixture(pemkotPerbandingan);
    const excel = createMemoryExcel(model);
    const run = await compareOnce(excel, { settings });
    return { model, excel, run };
  }
  const pct = (v: unknown): number => (typeof v === "number" ? v * 100 : NaN);

  test("four sheets, in Indonesian, each with a chart", async () => {
    const { run, model } = await built();
    expect(run.plan.sheets.map((s) => s.name)).toEqual([ANTAR, AKHIR, STANDAR, EFISIENSI]);
    expect(model.getSheet(ANTAR)!.charts[0]).toMatchObject({
      type: "ColumnClustered",
      // The "Data grafik" block under the table: names and the realisasi of 2022-2024.
      source: "B22:E37",
    });
  });

  test("antar tahun: realisasi 2022-2024 point at Tabel 2.26, capaian as printed, trend by direction", async () => {
    const { model } = await built();
    // No | Indikator | Satuan | Realisasi 2022 | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 | Tren
    expect(valueAt(model, ANTAR, "C4")).toBe("Satuan");
    expect(valueAt(model, ANTAR, "D4")).toBe("Realisasi 2022");
    expect(valueAt(model, ANTAR, "F4")).toBe("Target 2024");
    expect(valueAt(model, ANTAR, "H4")).toBe("Capaian 2024 (%)");
    expect(valueAt(model, ANTAR, "I4")).toBe("Tren 2023 ke 2024");
    expect(formulaAt(model, ANTAR, "E7")).toBe("=IF('Tabel 2.26'!H7=\"\",\"\",'Tabel 2.26'!H7)");
    expect(valueAt(model, ANTAR, "E7")).toBe(72.56);
    expect(valueAt(model, ANTAR, "G8")).toBe("2,6671*");
    // Printed "Capaian (%)" of Tabel 2.26 (rows 5-21 without the repeated header), rounded by the report.
    const printed = [100, 100, 102, 79, 100, 96, 102, 99.69, 97, 100, 80, null, 100, 101, 97];
    printed.forEach((p, i) => {
      if (p === null) return;
      expect([i, pct(valueAt(model, ANTAR, `H${5 + i}`))]).toEqual([i, expect.closeToPercent(p)]);
    });
    // TPT 6,10 -> 5,44: lower is better; "ikuti rumus laporan" (auto) follows the report's own T/R (112%),
    // as the findings do (issue 13 changed this on purpose: it was (2T-R)/T here and T/R in the findings).
    expect(pct(valueAt(model, ANTAR, "H16"))).toBeCloseTo((6.1 / 5.44) * 100, 6);
    const trends = [
      "Tetap",
      "Tetap",
      "Membaik",
      "Membaik",
      "Membaik",
      "Membaik",
      "Membaik",
      "Membaik",
      "Tetap",
      "Memburuk",
      "Membaik",
      "Membaik",
      "Membaik",
      "Membaik",
      "Membaik",
    ];
    expect(trends.map((_, i) => valueAt(model, ANTAR, `I${5 + i}`))).toEqual(trends);
  });

  test("with T/R for lower-is-better, TPT gives the report's 112%", async () => {
    const { model } = await built({ lowerFormula: "lower-ratio" });
    expect(Math.round(pct(valueAt(model, ANTAR, "H16")))).toBe(112);
  });

  test("target akhir: progress against the RPJMD 2026 target with direction, and what remains", async () => {
    const { model } = await built();
    const expected: [string, number, number | string][] = [
      ["Indeks Reformasi Birokrasi", 60 / 70, "lihat progres"],
      ["Opini BPK", 1, 0],
      ["Indeks Profesionalitas ASN", 74.52 / 81, 81 - 74.52],
      ["Nilai Evaluasi LPPD", 2.6671 / 3.4, 3.4 - 2.6671],
      ["Indeks Kepuasan Layanan Infrastruktur", 83.3 / 80, 0],
      ["Persentase kondisi jalan baik", 90 / 96, 6],
      ["Persentase akses air minum kota", 100 / 60, 0],
      ["Indeks Kualitas Lingkungan Hidup", 60.81 / 68.7, 68.7 - 60.81],
      ["Kontribusi Sektor Industri terhadap PDRB (ADHB)", 11.47 / 12, 12 - 11.47],
      ["Kontribusi Sektor Perdagangan terhadap PDRB (ADHB)", 30.25 / 30.7, 30.7 - 30.25],
      ["Kontribusi Sektor Jasa terhadap PDRB (ADHB)", 33.38 / 42, 42 - 33.38],
      ["Tingkat Pengangguran Terbuka (TPT)", 6 / 5.44, 0],
      ["Indeks Pembangunan Manusia (IPM)", 76.72 / 79.1, 79.1 - 76.72],
      ["Indeks Pendidikan", 76.66 / 76.96, 76.96 - 76.66],
      ["Indeks Kesehatan", 83.77 / 82.68, 0],
      ["Indeks Pengeluaran", 75.76 / 81.43, 81.43 - 75.76],
    ];
    expected.forEach(([name, progress, rest], i) => {
      const r = 5 + i;
      expect(valueAt(model, AKHIR, `B${r}`)).toBe(name);
      expect(valueAt(model, AKHIR, `F${r}`) as number).toBeCloseTo(progress, 9);
      if (typeof rest === "string") expect(valueAt(model, AKHIR, `G${r}`)).toBe(rest);
      else expect(valueAt(model, AKHIR, `G${r}`) as number).toBeCloseTo(rest, 9);
      expect(valueAt(model, AKHIR, `H${r}`)).toBe(
        progress >= 1 ? "Sudah mencapai target akhir" : "Belum mencapai target akhir"
      );
    });
    // No | Indikator | Satuan | Realisasi | Target akhir | Progres | Sisa | Keterangan
    expect(valueAt(model, AKHIR, "C4")).toBe("Satuan");
    expect(valueAt(model, AKHIR, "E4")).toBe("Target 2026 (RPJMD 2021-2026)");
  });

  test("standar: the report's printed capaian against the provincial standard (Tabel 2.28)", async () => {
    const { model } = await built();
    const printed = [86, 100, 104, 91, 105, 123, 108, 84, 62, 161, 171, 103, 101, 109, 101, 102];
    printed.forEach((p, i) =>
      expect([i, pct(valueAt(model, STANDAR, `F${5 + i}`))]).toEqual([i, expect.closeToPercent(p)])
    );
    expect(formulaAt(model, STANDAR, "E7")).toBe(
      "=IF('RPJMD dan Standar'!F29=\"\",\"\",'RPJMD dan Standar'!F29)"
    );
  });

  test("a change in the source table flows through the live formulas", async () => {
    const { model, excel } = await built();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Tabel 2.26").getRange("F7").values = [[70]];
      await context.sync();
    });
    expect(valueAt(model, ANTAR, "G7")).toBe(70);
    expect(valueAt(model, ANTAR, "H7") as number).toBeCloseTo(70 / 73, 9);
    expect(valueAt(model, ANTAR, "I7")).toBe("Memburuk");
  });

  test("40 source sheets cost the same round trips as 2; a small request budget splits the writes only", async () => {
    const many = {
      ...pemkotPerbandingan,
      sheets: [
        ...pemkotPerbandingan.sheets,
        ...Array.from({ length: 38 }, (_, k) => ({
          ...pemkotPerbandingan.sheets[0]!,
          name: `Salinan ${k + 1}`,
        })),
      ],
    };
    const big = await compareOnce(createMemoryExcel(modelFromFixture(many)));
    const small = await compareOnce(createMemoryExcel(modelFromFixture(pemkotPerbandingan)));
    expect(big.syncs).toBe(2);
    expect(small.syncs).toBe(2);
    const whole = modelFromFixture(pemkotPerbandingan);
    await compareOnce(createMemoryExcel(whole));
    const pieces = modelFromFixture(pemkotPerbandingan);
    const chunked = await compareOnce(createMemoryExcel(pieces), {}, { maxChunkChars: 3000 });
    expect(chunked.syncs).toBeGreaterThan(3);
    expect(snapshot(pieces)).toEqual(snapshot(whole));
  });
});

describe("Diskominfo efficiency per sasaran (Tabel 3.2, 3.16, 3.17)", () => {
  test("average capaian, programs' pagu and realisasi, serapan, efisiensi 1 - serapan/capaian, and the unit's total line", async () => {
    const model = modelFromFixture(efisiensi);
    await compareOnce(createMemoryExcel(model));
    // Sasaran 3 has two indicators (384%, 200%) and two programs; sasaran 4 shares program Informasi.
    const rows: [number, number, number][] = [
      [1.05, 2602173662, 2547036260],
      [0.8, 207423100, 84750188],
      [(3.84 + 2) / 2, 2526370656 + 142970630, 2317590709 + 36268000],
      [1.34, 2526370656, 2317590709],
      // Total: mean of the five indicators, budget from the table's Jumlah row.
      [(1.05 + 0.8 + 3.84 + 2 + 1.34) / 5, 9475869588, 8664222212],
    ];
    // No | Sasaran | Rata-rata Capaian | Serapan | Efisiensi | Pagu | Realisasi | Program Pendukung
    rows.forEach(([cap, pagu, real], i) => {
      const r = 5 + i;
      expect(valueAt(model, EFISIENSI, `C${r}`) as number).toBeCloseTo(cap, 9);
      expect(valueAt(model, EFISIENSI, `F${r}`)).toBe(pagu);
      expect(valueAt(model, EFISIENSI, `G${r}`)).toBe(real);
      expect(valueAt(model, EFISIENSI, `D${r}`) as number).toBeCloseTo(real / pagu, 9);
      expect(valueAt(model, EFISIENSI, `E${r}`) as number).toBeCloseTo(1 - real / pagu / cap, 9);
    });
    expect(valueAt(model, EFISIENSI, "A5")).toBe(1);
    // The chart reads the "Data grafik" block under the detail: sasaran and the three percents.
    expect(model.getSheet(EFISIENSI)!.charts[0]!.source).toBe("B19:E24");
    expect(valueAt(model, EFISIENSI, "B19")).toBe("Sasaran");
    expect(valueAt(model, EFISIENSI, "C20") as number).toBeCloseTo(1.05, 9);
    expect(valueAt(model, EFISIENSI, "B24")).toBe("Total perangkat daerah");
    expect(valueAt(model, EFISIENSI, "B9")).toBe("Total perangkat daerah");
    expect(valueAt(model, EFISIENSI, "H7")).toBe(
      "PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK; PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL"
    );
  });
});

describe("a source sheet whose name looks like a cell reference", () => {
  test("PK2024 is quoted in the formulas compare writes, and they compute", async () => {
    const renamed = {
      ...pemkotPerbandingan,
      sheets: pemkotPerbandingan.sheets.map((s) =>
        s.name === "Tabel 2.26" ? { ...s, name: "PK2024" } : s
      ),
    };
    const model = modelFromFixture(renamed);
    const excel = createMemoryExcel(model);
    await compareOnce(excel);
    expect(formulaAt(model, ANTAR, "E7")).toBe("=IF('PK2024'!H7=\"\",\"\",'PK2024'!H7)");
    expect(valueAt(model, ANTAR, "E7")).toBe(72.56);
    const formulas = model.getSheet(ANTAR)!.cells;
    for (const cell of formulas.values())
      if (cell.formula) expect(cell.formula).not.toMatch(/(^|[^'])PK2024!/);
  });
});
