import { editDistance, nameSimilarity, normalName } from "../../../src/engine/match/names";
import { matchIndicators } from "../../../src/engine/match/indicators";
import type { IndicatorRef } from "../../../src/engine/match/indicators";

// Indicator names of the Pemkot Binjai report (Tabel 2.26 - 2.28), as typed there.
const SEED = [
  "Indeks Reformasi Birokrasi",
  "Opini BPK",
  "Indeks Profesionalitas ASN",
  "Nilai Evaluasi LPPD",
  "Indeks Kepuasan Layanan Infrastruktur",
  "Persentase kondisi jalan baik",
  "Persentase akses air minum kota",
  "Indeks Kualitas Lingkungan Hidup",
  "Kontribusi Sektor Industri terhadap PDRB (ADHB)",
  "Kontribusi Sektor Perdagangan terhadap PDRB (ADHB)",
  "Kontribusi Sektor Jasa terhadap PDRB (ADHB)",
  "Tingkat Pengangguran Terbuka (TPT)",
  "Indeks Pembangunan Manusia (IPM)",
  "Indeks Pendidikan",
  "Indeks Kesehatan",
  "Indeks Pengeluaran",
];
const refs = (sheet: string, names: string[]): IndicatorRef[] =>
  names.map((name, i) => ({ sheet, row: 4 + i, name }));

describe("indicator names", () => {
  test("case, spacing and punctuation do not matter", () => {
    expect(normalName("  Tingkat  Pengangguran Terbuka (TPT) ")).toBe(
      "tingkat pengangguran terbuka tpt"
    );
    expect(nameSimilarity("INDEKS KESEHATAN", "Indeks  kesehatan.")).toBe(1);
    expect(
      nameSimilarity("Indeks Profesionalitas ASN", "Indeks Profesionalitas  A.S.N")
    ).toBeGreaterThanOrEqual(0.99);
  });

  test("a small typo is tolerated: Indek Kesehatan = Indeks Kesehatan", () => {
    expect(editDistance("indek kesehatan", "indeks kesehatan")).toBe(1);
    const s = nameSimilarity("Indek Kesehatan", "Indeks Kesehatan");
    expect(s).toBeGreaterThan(0.9);
    expect(s).toBeLessThan(1);
  });

  test("different indicators of the same report never match each other", () => {
    for (const a of SEED)
      for (const b of SEED) if (a !== b) expect([a, b, nameSimilarity(a, b)]).toEqual([a, b, 0]);
  });

  test("numbers must agree, short names allow no typo", () => {
    expect(nameSimilarity("IKU 1", "IKU 2")).toBe(0);
    expect(nameSimilarity("Realisasi 2023 Indeks", "Realisasi 2024 Indeks")).toBe(0);
    expect(nameSimilarity("Opini BPK", "Opini BPD")).toBe(0);
  });

  test("matching pairs each base indicator once, exact names before typos, and keeps unmatched ones", () => {
    const base = refs("A", ["Indeks Kesehatan", "Indeks Pendidikan", "Indeks Pengeluaran"]);
    const other = refs("B", ["indeks pendidikan", "Indek Kesehatan", "Opini BPK"]);
    const pairs = matchIndicators(base, other);
    expect(pairs.map((p) => [p.base.name, p.other?.name ?? null, p.how])).toEqual([
      ["Indeks Kesehatan", "Indek Kesehatan", "mirip"],
      ["Indeks Pendidikan", "indeks pendidikan", "sama"],
      ["Indeks Pengeluaran", null, "tidak-ada"],
    ]);
  });

  test("a pair fixed by the user wins over the names", () => {
    const base = refs("A", ["Indeks Kesehatan", "Indeks Pendidikan"]);
    const other = refs("B", ["Indeks Kesehatan", "Angka Harapan Hidup"]);
    const pairs = matchIndicators(base, other, [
      { baseName: "indeks kesehatan", otherSheet: "b", otherRow: 5 },
      { baseName: "Indeks Pendidikan", otherSheet: "B", otherRow: null },
    ]);
    expect(pairs.map((p) => [p.other?.name ?? null, p.how])).toEqual([
      ["Angka Harapan Hidup", "manual"],
      [null, "tidak-ada"],
    ]);
  });
});
