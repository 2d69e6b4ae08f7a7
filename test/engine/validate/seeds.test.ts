// Validation on the seeds' real tables (test/fixtures/data, figures as printed). Expectations were
// recomputed by hand from the printed figures (see the comments), not taken from the code.
import {
  diskominfoAnggaran,
  diskominfoPk,
  efisiensi,
  pemkotAnggaran,
  pemkotPerbandingan,
  pemkotPk,
} from "../../fixtures/data";
import { sheetOf, validateSheet, where, pkSheet } from "./helpers";
import { validate } from "../../../src/engine/validate";
import { gridFromSheet } from "../../fixtures/grid";
import type { SheetSpec } from "../../fixtures/spec";

const T_R_NOTE =
  "Laporan ini konsisten memakai rumus T/R untuk indikator yang semakin rendah semakin baik; pemeriksaan mengikutinya.";

describe("Pemkot Binjai Tabel 2.1 (PK 2024)", () => {
  // Every capaian fits its figures once rounded to whole percent: 74,52/73 = 102,08 -> 102; 2,6671/3,36 = 79,38 -> 79;
  // 90/94 = 95,74 -> 96; 100/98,05 = 101,99 -> 102; 60,81/61 = 99,69; 11,47/11,8 = 97,20; 30,25/30,2 = 100,17;
  // 33,38/41,7 = 80,05; 76,72/76,66 = 100,08; 83,77/83,35 = 100,50 -> 101; 75,76/78,05 = 97,07;
  // TPT (lower is better) 6,10 / 5,44 = 112,13 -> 112 as T/R ((2T-R)/T would be 110,82);
  // Rata-rata: the 15 printed capaian sum to 1465,69, / 15 = 97,71 -> 98.
  const sheet = sheetOf(pemkotPk, "PK 2024");

  test("no finding, and the T/R convention is followed and said once", () => {
    const r = validateSheet(sheet);
    expect(r.findings).toEqual([]);
    expect(r.notes).toEqual([T_R_NOTE]);
  });

  test("forced to (2T-R)/T, the TPT capaian 112% is flagged at G18 with the T/R hint", () => {
    const r = validateSheet(sheet, { lowerFormula: "lower" });
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@G18"]);
    const f = r.findings[0];
    expect(f.severity).toBe("warning");
    expect(f.actual).toBe(112);
    expect(f.expected).toBeCloseTo(((2 * 6.1 - 5.44) / 6.1) * 100, 3); // 110,82
    expect(f.message).toContain("(2 x 6,1 - 5,44) / 6,1");
    expect(f.message).toContain("T/R");
  });

  test("TPT set to higher-is-better by the user: 112% is then a polarity question at G18", () => {
    const r = validateSheet(sheet, { polarity: { "tingkat pengangguran terbuka tpt": "higher" } });
    // 5,44 / 6,10 = 89,18%, but 112% is T/R.
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@G18"]);
    expect(r.findings[0].expected).toBeCloseTo((5.44 / 6.1) * 100, 3);
  });

  test("the Perjanjian Kinerja sheet (targets only) gives nothing", () => {
    expect(validateSheet(sheetOf(pemkotPk, "Perjanjian Kinerja")).findings).toEqual([]);
  });
});

describe("Pemkot Binjai Tabel 2.31 (rata-rata capaian per sasaran, by hand from the seed)", () => {
  // Printed: air minum 100% although 100 / 98,05 = 101,99% (capped at 100): info, not error.
  // Sasaran averages: (100+100+102+79)/4 = 95,25 -> 95%; (100+96+100)/3 = 98,67 -> 99%; 99,69%;
  // (97+100+80)/3 = 92,33 -> "92"; 112%; 100%; 101%; 97%. All right.
  const S1 = "Meningkatnya kualitas tata kelola pemerintahan";
  const S2 = "Meningkatnya Ketersediaan dan Kualitas Infrastruktur Publik";
  const S3 = "Meningkatnya kualitas lingkungan hidup";
  const S4 = "Meningkatnya peranan sektor industri ekonomi kreatif, jasa dan perdagangan";
  const sheet: SheetSpec = {
    name: "Tabel 2.31",
    rows: [
      [
        "No.",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian (%)",
        "Rata-rata capaian indikator Sasaran",
      ], // 1
      [1, S1, "Indeks Reformasi Birokrasi", "B", "B", "100%", null], // 2
      [null, null, "Opini BPK", "WTP", "WTP", "100%", null], // 3
      [null, null, "Indeks Profesionalitas ASN", "73,00", "74,52*", "102%", "95%"], // 4
      [null, null, "Nilai Evaluasi LPPD", "3,36", "2,6671*", "79%", null], // 5
      [2, S2, "Indeks Kepuasan Layanan Infrastruktur", "83(B)", "83,3 (B)", "100%", "99%"], // 6
      [null, null, "Persentase Kondisi Jalan Baik", "94,00", "90", "96%", null], // 7
      [null, null, "Persentase akses air minum kota", "98,05", "100", "100%", null], // 8
      [3, S3, "Indeks Kualitas Lingkungan Hidup", "61,00", "60,81", "99,69%", "99,69%"], // 9
      [4, S4, "Kontribusi Sektor Industri terhadap PDRB (ADHB)", "11.80", "11.47", "97%", "92"], // 10
      [
        null,
        null,
        "Kontribusi Sektor Perdagangan terhadap PDRB (ADHB)",
        "30,20",
        "30.25",
        "100%",
        null,
      ], // 11
      [null, null, "Kontribusi Sektor Jasa terhadap PDRB (ADHB)", "41.70", "33,38", "80%", null], // 12
      [
        5,
        "Menciptakan lapangan kerja",
        "Tingkat Pengangguran Terbuka (TPT)",
        "6,10",
        "5,44",
        "112%",
        "112%",
      ], // 13
    ],
    expected: [
      {
        range: "A1:G13",
        kind: "pk",
        headerRows: [1],
        columns: {
          no: "A",
          sasaran: "B",
          indikator: "C",
          target: "D",
          realisasi: "E",
          capaian: "F",
        },
        rows: [
          { row: 2, kind: "indicator", sasaranRow: 2 },
          { row: 3, kind: "indicator", sasaranRow: 2 },
          { row: 4, kind: "indicator", sasaranRow: 2 },
          { row: 5, kind: "indicator", sasaranRow: 2 },
          { row: 6, kind: "indicator", sasaranRow: 6 },
          { row: 7, kind: "indicator", sasaranRow: 6 },
          { row: 8, kind: "indicator", sasaranRow: 6 },
          { row: 9, kind: "indicator", sasaranRow: 9 },
          { row: 10, kind: "indicator", sasaranRow: 10 },
          { row: 11, kind: "indicator", sasaranRow: 10 },
          { row: 12, kind: "indicator", sasaranRow: 10 },
          { row: 13, kind: "indicator", sasaranRow: 13 },
        ],
      },
    ],
  };

  test("only the capped air minum capaian, as info at F8", () => {
    const r = validateSheet(sheet);
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@F8"]);
    expect(r.findings[0].severity).toBe("info");
    expect(r.findings[0].expected).toBeCloseTo((100 / 98.05) * 100, 3);
    expect(r.findings[0].actual).toBe(100);
  });

  test("a sasaran average typed wrong is found at its cell", () => {
    const wrong = { ...sheet, rows: sheet.rows.map((r) => [...r]) };
    wrong.rows[9][6] = "97"; // S4 mean is 92,33
    const r = validateSheet(wrong);
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@F8", "AVERAGE_MISMATCH@G10"]);
    const f = r.findings[1];
    expect(f.expected).toBeCloseTo((97 + 100 + 80) / 3, 3);
    expect(f.message).toContain("(97% + 100% + 80%) / 3");
  });
});

describe("Pemkot Binjai Tabel 2.26 / 2.27 / 2.28 (comparisons)", () => {
  // 2.27: Indeks Pendidikan 76,66 / 75,74 = 101,21 -> 101. 2.28 (against the standard): B vs BB = 60/70 = 86%;
  // 74,52/71,53 = 104,18 -> 104; 2,6671/2,9354 = 90,86 -> 91; 83,3/79 = 105,44 -> 105; 60,81/72,81 = 83,52 -> 84;
  // 11,47/18,36 = 62,47 -> 62; TPT 5,6 / 5,44 = 102,94 -> 103. All right.
  test("no finding on Tabel 2.26", () => {
    const r = validateSheet(sheetOf(pemkotPerbandingan, "Tabel 2.26"));
    expect(r.findings).toEqual([]);
    expect(r.notes).toEqual([T_R_NOTE]);
  });
  test("no finding on Tabel 2.27 and 2.28", () => {
    expect(validateSheet(sheetOf(pemkotPerbandingan, "RPJMD dan Standar")).findings).toEqual([]);
  });
  test("a wrong capaian against the standard is found (standar plays the target)", () => {
    const s = sheetOf(pemkotPerbandingan, "RPJMD dan Standar");
    const rows = s.rows.map((r) => [...r]);
    rows[31][6] = "132%"; // row 32: 90 / 73 = 123,29%
    const r = validateSheet({ ...s, rows });
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@G32"]);
    expect(r.findings[0].expected).toBeCloseTo((90 / 73) * 100, 3);
  });
});

describe("Pemkot Binjai Tabel 2.33 (realisasi anggaran per program)", () => {
  // Realisasi above pagu, recomputed from the printed amounts: programs 3, 4, 8, 9, 11, 12, 13, 17, 21, 48, 64, 65,
  // 85, 91, 93, 97, 103, 107 (sheet rows = number + 4). The 109 pagu add up to the TOTAL 1.027.930.708.667 exactly;
  // every printed whole-percent serapan fits. "Rp 334.497.913,078" (program 1) cannot be read with certainty.
  const exceeded = [3, 4, 8, 9, 11, 12, 13, 17, 21, 48, 64, 65, 85, 91, 93, 97, 103, 107];
  const r = validateSheet(sheetOf(pemkotAnggaran, "Realisasi Anggaran"));

  test("each realisasi above pagu is a warning at its realisasi cell", () => {
    const got = r.findings.filter((f) => f.rule === "REALISASI_EXCEEDS_PAGU");
    expect(got.map((f) => f.cell)).toEqual(exceeded.map((n) => `D${n + 4}`));
    expect(got.every((f) => f.severity === "warning")).toBe(true);
    const last = got[got.length - 1];
    expect(last.expected).toBe(61549395);
    expect(last.actual).toBe(73158435);
    expect(last.message).toContain("Rp 73.158.435");
    expect(last.message).toContain("Rp 61.549.395");
  });

  test("the broken amount is reported at D5, and nothing else", () => {
    const others = r.findings.filter((f) => f.rule !== "REALISASI_EXCEEDS_PAGU");
    expect(others.map((f) => `${f.rule}@${f.cell}`)).toEqual(["NOT_A_NUMBER@D5"]);
    expect(others[0].actual).toBe("Rp 334.497.913,078");
  });

  test("a pagu typed wrong breaks the TOTAL and the serapan of its row", () => {
    const s = sheetOf(pemkotAnggaran, "Realisasi Anggaran");
    const rows = s.rows.map((x) => [...x]);
    rows[8][2] = "Rp 1,045,638,935"; // program 5 (row 9): pagu 777.918.935 -> 1.045.638.935 (+267.720.000)
    const res = validateSheet({ ...s, rows });
    const mine = res.findings.filter(
      (f) => f.rule !== "REALISASI_EXCEEDS_PAGU" && f.rule !== "NOT_A_NUMBER"
    );
    expect(mine.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "SERAPAN_MISMATCH@E9",
      "SUBTOTAL_MISMATCH@C114",
    ]);
    expect(mine[0].expected).toBeCloseTo((545354000 / 1045638935) * 100, 3); // 52,16% vs printed 70%
    expect(mine[1].expected).toBe(1027930708667 + 267720000);
    expect(mine[1].actual).toBe(1027930708667);
  });
});

describe("Diskominfo Binjai Tabel 3.17 and 3.16 (anggaran with kegiatan and sub kegiatan)", () => {
  // Recomputed: every serapan (2 decimals), every sisa, every kegiatan = sum of its sub kegiatan, every program =
  // sum of its kegiatan, and JUMLAH = sum of the five programs (9.475.869.588 / 8.664.222.212 / 811.647.376).
  test("Tabel 3.17: no finding on a correct table with URUSAN lines and '-' amounts", () => {
    expect(validateSheet(sheetOf(diskominfoAnggaran, "Realisasi Anggaran")).findings).toEqual([]);
  });
  test("Tabel 3.16: no finding", () => {
    expect(validateSheet(sheetOf(diskominfoAnggaran, "Per Program")).findings).toEqual([]);
  });

  test("a sub kegiatan changed: its serapan, its sisa and its kegiatan's sum are found (the program adds kegiatan as printed)", () => {
    const s = sheetOf(diskominfoAnggaran, "Realisasi Anggaran");
    const rows = s.rows.map((x) => [...x]);
    rows[21][4] = 15000000; // row 22 Penyediaan Jasa Surat Menyurat: realisasi 5.000.000 -> 15.000.000
    const r = validateSheet({ ...s, rows });
    expect(where(r)).toEqual([
      "SUBTOTAL_MISMATCH@E21", // kegiatan: 302.482.176 vs 312.482.176
      "SERAPAN_MISMATCH@F22", // 15.000.000 / 17.000.000 = 88,24% vs 29,41%
      "SISA_MISMATCH@G22", // 17.000.000 - 15.000.000 = 2.000.000 vs 12.000.000
    ]);
    const [keg, ser, sisa] = r.findings;
    expect(keg.expected).toBe(312482176);
    expect(ser.expected).toBeCloseTo((15 / 17) * 100, 3);
    expect(ser.actual).toBeCloseTo(29.41, 6);
    expect(sisa.expected).toBe(2000000);
    expect(sisa.actual).toBe(12000000);
    expect(sisa.message).toContain("17.000.000 - 15.000.000");
  });
});

describe("Diskominfo Binjai PK tables and efficiency lines", () => {
  test("Tabel 3.2, 3.13 and 3.14 give nothing (no capaian printed)", () => {
    for (const sheet of diskominfoPk.sheets) expect(validateSheet(sheet).findings).toEqual([]);
  });

  test("efficiency lines: 1 - 62/98 = 0,367 and 1 - 91,43/130 = 0,2967 (printed 0,2966) fit", () => {
    // The report's formula line divides by 174, but its result 0,2966 follows 130 (0,29669): nothing to report.
    expect(validateSheet(sheetOf(efisiensi, "Efisiensi")).findings).toEqual([]);
    // Per sasaran: 3,12/2,98 = 104,70 -> 105%; 12/15 = 80%; 4225/1100 = 384,09 -> 384%; 30/15 = 200%; 94/70 = 134,29 -> 134%.
    expect(validateSheet(sheetOf(efisiensi, "Efisiensi per Sasaran")).findings).toEqual([]);
  });

  test("an efficiency computed with 174 instead of 130 is found", () => {
    const s = sheetOf(efisiensi, "Efisiensi");
    const rows = s.rows.map((x) => [...x]);
    rows[4][6] = 0.4745; // 1 - 91,43/174
    const r = validateSheet({ ...s, rows });
    expect(where(r)).toEqual(["EFISIENSI_MISMATCH@G5"]);
    expect(r.findings[0].expected).toBeCloseTo(1 - 0.9143 / 1.3, 4);
    expect(r.findings[0].message).toContain("1 - (91,43% / 130%)");
  });
});

describe("validate on a hand-built grid", () => {
  test("tables of other sheets are ignored", () => {
    const sheet = pkSheet([[1, "Indeks Nilai SPBE", 2.98, 3.12, "106%"]]);
    const grid = gridFromSheet(sheet);
    expect(validate(grid, []).findings).toEqual([]);
  });
});
