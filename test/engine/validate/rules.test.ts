// One planted error per rule, on small synthetic tables with the seeds' figures; each must be found at
// its cell with the numbers recomputed here by hand, and the rows around it must stay silent.
import { validate } from "../../../src/engine/validate";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell, SheetSpec } from "../../fixtures/spec";
import { pkSheet, validateSheet, where } from "./helpers";

const ok: FixtureCell[][] = [
  [1, "Indeks Profesionalitas ASN", 73, "74,52", "102%"], // 102,08
  [2, "Persentase kondisi jalan baik", 94, 90, "96%"], // 95,74
];

describe("CAPAIAN_MISMATCH", () => {
  test("106% for 3,12 / 2,98 (104,70%) is wrong, at E4", () => {
    const r = validateSheet(pkSheet([...ok, [3, "Indeks Nilai SPBE", "2,98", "3,12", "106%"]]));
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@E4"]);
    const f = r.findings[0];
    expect(f.severity).toBe("error");
    expect(f.sheet).toBe("PK");
    expect(f.expected).toBeCloseTo((3.12 / 2.98) * 100, 3);
    expect(f.actual).toBe(106);
    expect(f.message).toBe(
      'Capaian tertulis 106% untuk indikator "Indeks Nilai SPBE", seharusnya 104,7% karena indikator ini semakin tinggi ' +
        "semakin baik: 3,12 / 2,98. Perbaiki angka capaian, atau periksa target dan realisasinya."
    );
  });

  test("a capaian matching only after the 100% cap is info", () => {
    const r = validateSheet(pkSheet([[1, "Persentase akses air minum kota", 98.05, 100, "100%"]]));
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@E2"]);
    expect(r.findings[0].severity).toBe("info");
  });

  test("categories: B against a BB target is 60/70 = 85,7%; 100% is wrong, 86% is right", () => {
    const bad = validateSheet(pkSheet([[1, "Indeks Reformasi Birokrasi", "BB", "B", "100%"]]));
    expect(where(bad)).toEqual(["CAPAIAN_MISMATCH@E2"]);
    expect(bad.findings[0].expected).toBeCloseTo((60 / 70) * 100, 3);
    expect(bad.findings[0].message).toContain('target "BB" dan realisasi "B"');
    expect(
      validateSheet(pkSheet([[1, "Indeks Reformasi Birokrasi", "BB", "B", "86%"]])).findings
    ).toEqual([]);
  });

  test("T/R with realisasi 0 cannot be checked and says why", () => {
    const r = validateSheet(pkSheet([[1, "Tingkat Pengangguran Terbuka", 6.1, 0, "100%"]]), {
      lowerFormula: "lower-ratio",
    });
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@E2"]);
    expect(r.findings[0].expected).toBeNull();
  });
});

describe("POLARITY_SUSPECT", () => {
  test("Persentase Pelanggaran Disiplin ASN: 0,15 / 0,73 printed 486% (computed as higher-is-better)", () => {
    const r = validateSheet(
      pkSheet([...ok, [3, "Persentase Pelanggaran Disiplin ASN", "0,15", "0,73", "486%"]])
    );
    expect(where(r)).toEqual(["POLARITY_SUSPECT@E4"]);
    const f = r.findings[0];
    // (2 x 0,15 - 0,73) / 0,15 = -2,87 -> floored at 0; 0,73 / 0,15 = 486,67%.
    expect(f.expected).toBe(0);
    expect(f.actual).toBe(486);
    expect(f.message).toContain(
      "Capaian tertulis 486%, seharusnya 0% karena indikator ini semakin rendah semakin baik"
    );
    expect(f.message).toContain("(2 x 0,15 - 0,73) / 0,15");
    expect(f.message).toContain("0,73 / 0,15 = 486,67%");
  });

  test("the user's direction makes it an error", () => {
    const r = validateSheet(pkSheet([[1, "Angka Disiplin", "0,15", "0,73", "486%"]]), {
      polarity: { "Angka Disiplin": "lower" },
    });
    expect(where(r)).toEqual(["POLARITY_SUSPECT@E2"]);
    expect(r.findings[0].severity).toBe("error");
  });

  test("a name that reads higher-is-better but figures computed as (2T-R)/T", () => {
    // Indeks Pendidikan 80 -> 90: R/T = 112,5%; printed 87,5% = (2 x 80 - 90) / 80.
    const r = validateSheet(pkSheet([[1, "Indeks Pendidikan", 80, 90, "87,5%"]]));
    expect(where(r)).toEqual(["POLARITY_SUSPECT@E2"]);
    expect(r.findings[0].severity).toBe("warning");
    expect(r.findings[0].expected).toBeCloseTo(112.5, 3);
  });
});

describe("lower-is-better formula under lowerFormula auto", () => {
  test("(2T-R)/T used consistently is followed and said once", () => {
    // TPT 6,10 -> 5,44: (12,2 - 5,44) / 6,1 = 110,82 -> 111%. Kemiskinan 10 -> 9: 110%.
    const r = validateSheet(
      pkSheet([
        [1, "Tingkat Pengangguran Terbuka", 6.1, 5.44, "111%"],
        [2, "Persentase Penduduk Miskin", 10, 9, "110%"],
      ])
    );
    expect(r.findings).toEqual([]);
    expect(r.notes).toEqual([
      "Laporan ini konsisten memakai rumus (2T - R) / T untuk indikator yang semakin rendah semakin baik; pemeriksaan mengikutinya.",
    ]);
  });

  test("mixed formulas: checked with (2T-R)/T, the T/R row flagged, and said", () => {
    // TPT printed 112% (T/R: 112,13); Kemiskinan 10 -> 8: (2T-R)/T = 120%, T/R = 125%, printed 120%.
    const r = validateSheet(
      pkSheet([
        [1, "Tingkat Pengangguran Terbuka", 6.1, 5.44, "112%"],
        [2, "Persentase Penduduk Miskin", 10, 8, "120%"],
      ])
    );
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@E2"]);
    expect(r.notes[0]).toContain("dua rumus berbeda");
  });
});

describe("PREDIKAT_MISMATCH", () => {
  test("95% rated Tinggi under Permendagri 86 is Sangat Tinggi", () => {
    const r = validateSheet(
      pkSheet(
        [
          [1, "Indeks Profesionalitas ASN", 73, "74,52", "102%", "Sangat Tinggi"],
          [2, "Persentase kondisi jalan baik", 94, 90, "96%", "Tinggi"],
          [3, "Nilai Evaluasi LPPD", 3.36, "2,6671", "79%", "Tinggi"],
        ],
        { predikat: true }
      )
    );
    expect(where(r)).toEqual(["PREDIKAT_MISMATCH@F3"]);
    expect(r.findings[0].expected).toBe("Sangat Tinggi");
    expect(r.findings[0].actual).toBe("Tinggi");
  });

  test("a printed 91% that is 90,6% underneath may be Sangat Tinggi (rounding-aware)", () => {
    const r = validateSheet(
      pkSheet([[1, "Indeks X", 100, 90.6, { v: 0.91, fmt: "0%" }, "Sangat Tinggi"]], {
        predikat: true,
      })
    );
    expect(r.findings).toEqual([]);
  });

  test("a scale printed in the workbook wins over Permendagri 86", () => {
    const sheet = pkSheet(
      [
        [1, "Indeks A", 100, 92, "92%", "Sangat Baik"],
        [2, "Indeks B", 100, 80, "80%", "Baik"],
        [3, "Indeks C", 100, 92, "92%", "Baik"], // should be Sangat Baik
      ],
      { predikat: true }
    );
    sheet.rows.push(
      [],
      ["Interval Nilai", "Kriteria"],
      ["≥ 90%", "Sangat Baik"],
      ["75% ≤ 90%", "Baik"],
      ["60% ≤ 75%", "Cukup"],
      ["< 60%", "Kurang"]
    );
    const r = validateSheet(sheet);
    expect(where(r)).toEqual(["PREDIKAT_MISMATCH@F4"]);
    expect(r.findings[0].expected).toBe("Sangat Baik");
    expect(r.notes).toEqual([expect.stringContaining("A7:B10")]); // rows 2-4 table, 6 header, 7-10 bands
  });

  test('the seed\'s own Tabel 3.1 ("91% ≤ 100%" ... "≤ 50%") is read as thresholds; the SPBE index table is not a capaian scale', () => {
    const sheet = pkSheet(
      [
        [1, "Indeks A", 100, 90.5, "90,5%", "Tinggi"], // 90,5 falls in the printed gap: Tinggi under thresholds
        [2, "Indeks B", 100, 90.5, "90,5%", "Sangat Tinggi"], // wrong
        [3, "Indeks C", 100, 50, "50%", "Sangat Rendah"],
      ],
      { predikat: true }
    );
    sheet.rows.push(
      [],
      ["No.", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian Realisasi Kinerja"],
      [1, "91% ≤ 100%", "Sangat Tinggi"],
      [2, "76% ≤ 90%", "Tinggi"],
      [3, "66% ≤ 75%", "Sedang"],
      [4, "51% ≤ 65%", "Rendah"],
      [5, "<u>&lt;</u> 50%", "Sangat Rendah"],
      [],
      ["No.", "Nilai Indeks", "Predikat"],
      [1, "4,2 - 5,0", "Memuaskan"],
      [2, "3,5 - <4,2", "Sangat Baik"],
      [3, "2,6 - <3,5", "Baik"],
      [4, "1,8 < 2,6", "Cukup"]
    );
    const r = validateSheet(sheet);
    expect(where(r)).toEqual(["PREDIKAT_MISMATCH@F3"]);
    expect(r.findings[0].expected).toBe("Tinggi");
    expect(r.notes).toEqual([expect.stringContaining("B7:C11")]);
  });

  test("the user's scale setting wins over the workbook", () => {
    const r = validateSheet(
      pkSheet([[1, "Indeks A", 100, 80, "80%", "Tinggi"]], { predikat: true }),
      { scale: "permendagri86" }
    );
    expect(r.findings).toEqual([]);
  });
});

/** A budget sheet: Kode, Uraian, Pagu, Realisasi, %, Sisa; program row 2 with kegiatan 3-4, total 5. */
function anggaranSheet(rows: FixtureCell[][]): SheetSpec {
  return {
    name: "Anggaran",
    rows: [["Kode", "Uraian", "Pagu", "Realisasi", "%", "Sisa"], ...rows],
    expected: [
      {
        range: `A1:F${rows.length + 1}`,
        kind: "anggaran",
        headerRows: [1],
        columns: {
          kode: "A",
          uraian: "B",
          anggaran: "C",
          realisasi_anggaran: "D",
          serapan: "E",
          sisa: "F",
        },
        rows: [
          { row: 2, kind: "program", level: 1 },
          { row: 3, kind: "kegiatan", level: 2, parentRow: 2 },
          { row: 4, kind: "kegiatan", level: 2, parentRow: 2 },
          { row: 5, kind: "total", level: 0 },
        ],
      },
    ],
  };
}

// Clean: 1.500.000 / 1.200.000 (80%), 1.000.000 / 900.000 (90%), 500.000 / 300.000 (60%).
const clean: FixtureCell[][] = [
  ["1.01.01", "PROGRAM A", "1.500.000", "1.200.000", "80,00%", "300.000"],
  ["1.01.01.2.01", "Kegiatan A1", "1.000.000", "900.000", "90,00%", "100.000"],
  ["1.01.01.2.02", "Kegiatan A2", "500.000", "300.000", "60,00%", "200.000"],
  [null, "JUMLAH", "1.500.000", "1.200.000", "80,00%", "300.000"],
];

describe("anggaran rules", () => {
  const planted = (r: number, c: number, v: FixtureCell): SheetSpec => {
    const rows = clean.map((x) => [...x]);
    rows[r][c] = v;
    return anggaranSheet(rows);
  };

  test("a clean budget table gives nothing", () => {
    expect(validateSheet(anggaranSheet(clean)).findings).toEqual([]);
  });

  test("SERAPAN_MISMATCH: 95% for 900.000 / 1.000.000", () => {
    const r = validateSheet(planted(1, 4, "95,00%"));
    expect(where(r)).toEqual(["SERAPAN_MISMATCH@E3"]);
    expect(r.findings[0].expected).toBe(90);
    expect(r.findings[0].actual).toBe(95);
  });

  test("SISA_MISMATCH: 150.000 for 1.000.000 - 900.000", () => {
    const r = validateSheet(planted(1, 5, "150.000"));
    // One typo, one finding: the program's sisa adds up the kegiatan's true sisa (pagu - realisasi), so it is
    // not blamed for the kegiatan's mistyped one.
    expect(where(r)).toEqual(["SISA_MISMATCH@F3"]);
    const sisa = r.findings.find((f) => f.rule === "SISA_MISMATCH");
    expect(sisa?.expected).toBe(100000);
  });

  test("SUBTOTAL_MISMATCH: a program pagu that is not the sum of its kegiatan", () => {
    const r = validateSheet(planted(0, 2, "1.600.000"));
    // Program row 2: 1.600.000 vs 1.000.000 + 500.000 = 1.500.000. One typo, one finding: its serapan (printed
    // 80% = 1.200.000 / 1.500.000), its sisa (300.000) and the JUMLAH (1.500.000) all fit the program's true
    // pagu, so none of them is blamed.
    expect(where(r)).toEqual(["SUBTOTAL_MISMATCH@C2"]);
    expect(r.findings[0].expected).toBe(1500000);
    expect(r.findings[0].actual).toBe(1600000);
  });

  test("a program pagu that fits neither its kegiatan nor its own serapan: each is said", () => {
    const rows = clean.map((x) => [...x]);
    rows[0] = ["1.01.01", "PROGRAM A", "1.600.000", "1.200.000", "70,00%", "300.000"];
    const r = validateSheet(anggaranSheet(rows));
    expect(where(r)).toEqual(["SUBTOTAL_MISMATCH@C2", "SERAPAN_MISMATCH@E2"]);
  });

  test("REALISASI_EXCEEDS_PAGU: a warning at the kegiatan, not repeated on its program", () => {
    const rows = clean.map((x) => [...x]);
    rows[2] = ["1.01.01.2.02", "Kegiatan A2", "500.000", "800.000", "160,00%", "-300.000"];
    rows[0] = ["1.01.01", "PROGRAM A", "1.500.000", "1.700.000", "113,33%", "-200.000"];
    rows[3] = [null, "JUMLAH", "1.500.000", "1.700.000", "113,33%", "-200.000"];
    const r = validateSheet(anggaranSheet(rows));
    expect(where(r)).toEqual(["REALISASI_EXCEEDS_PAGU@D4"]);
    expect(r.findings[0].severity).toBe("warning");
  });
});

describe("AVERAGE_MISMATCH", () => {
  test("a Rata-rata row that is not the mean of the indicators", () => {
    // (102 + 96 + 79) / 3 = 92,33; printed 98%.
    const r = validateSheet(
      pkSheet([
        ...ok,
        [3, "Nilai Evaluasi LPPD", 3.36, "2,6671", "79%"],
        ["Rata-rata Capaian Kinerja", null, null, null, "98%"],
      ])
    );
    expect(where(r)).toEqual(["AVERAGE_MISMATCH@E5"]);
    expect(r.findings[0].expected).toBeCloseTo(277 / 3, 3);
    expect(r.findings[0].actual).toBe(98);
  });
  test("the right mean gives nothing", () => {
    expect(
      validateSheet(
        pkSheet([
          ...ok,
          [3, "Nilai Evaluasi LPPD", 3.36, "2,6671", "79%"],
          ["Rata-rata Capaian Kinerja", null, null, null, "92%"],
        ])
      ).findings
    ).toEqual([]);
  });
});

describe("AVERAGE_MISMATCH on a sasaran heading row", () => {
  test("'Sasaran Strategis 1 : ...' above its indicators, with a capaian that is not their mean", () => {
    // Indicators 102% and 96%: mean 99%; the heading row says 95%.
    const sheet: SheetSpec = {
      name: "PK",
      rows: [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        [
          "Sasaran Strategis 1 : Meningkatnya kualitas tata kelola pemerintahan",
          null,
          null,
          null,
          "95%",
        ],
        [1, "Indeks Profesionalitas ASN", 73, "74,52", "102%"],
        [2, "Persentase kondisi jalan baik", 94, 90, "96%"],
      ],
      expected: [
        {
          range: "A1:E4",
          kind: "pk",
          headerRows: [1],
          columns: { no: "A", indikator: "B", target: "C", realisasi: "D", capaian: "E" },
          rows: [
            { row: 2, kind: "sasaran" },
            { row: 3, kind: "indicator", sasaranRow: 2 },
            { row: 4, kind: "indicator", sasaranRow: 2 },
          ],
        },
      ],
    };
    const r = validateSheet(sheet);
    expect(where(r)).toEqual(["AVERAGE_MISMATCH@E2"]);
    expect(r.findings[0].expected).toBe(99);
  });
});

describe("data rules", () => {
  test("NOT_A_NUMBER: text in a realisasi cell and in a capaian cell", () => {
    const r = validateSheet(
      pkSheet([
        ...ok,
        [3, "Indeks X", 10, "belum ada data survei", "0%"],
        [4, "Indeks Y", 10, 9, "tercapai"],
      ])
    );
    expect(where(r)).toEqual(["NOT_A_NUMBER@D4", "NOT_A_NUMBER@E5"]);
    expect(r.findings[0].actual).toBe("belum ada data survei");
    expect(r.findings[0].expected).toBeNull();
  });

  test("MISSING_VALUE: a target '-' beside a realisasi", () => {
    const r = validateSheet(pkSheet([...ok, [3, "Indeks X", "-", 9, "90%"]]));
    expect(where(r)).toEqual(["MISSING_VALUE@C4"]);
    expect(r.findings[0].severity).toBe("warning");
  });

  test("TARGET_ZERO: a target of 0", () => {
    const r = validateSheet(pkSheet([...ok, [3, "Jumlah aplikasi", 0, 5, "100%"]]));
    expect(where(r)).toEqual(["TARGET_ZERO@C4"]);
    expect(r.findings[0].severity).toBe("error");
  });
});

describe("findings order and placement", () => {
  test("sorted by row then column, with the table not at A1", () => {
    const sheet = pkSheet(
      [
        [1, "Indeks Nilai SPBE", "2,98", "3,12", "106%", "Tinggi"],
        [2, "Indeks Profesionalitas ASN", "-", "74,52", "102%", "Sangat Tinggi"],
      ],
      { predikat: true }
    );
    // Move the table to C5: two empty rows and columns in front.
    sheet.rows = [[], [], [], [], ...sheet.rows.map((r) => [null, null, ...r])];
    const e = sheet.expected[0];
    sheet.expected = [
      {
        ...e,
        range: "C5:H7",
        headerRows: [5],
        columns: {
          no: "C",
          indikator: "D",
          target: "E",
          realisasi: "F",
          capaian: "G",
          predikat: "H",
        },
        rows: e.rows.map((r) => ({ ...r, row: r.row + 4 })),
      },
    ];
    const r = validateSheet(sheet);
    expect(where(r)).toEqual(["CAPAIAN_MISMATCH@G6", "PREDIKAT_MISMATCH@H6", "MISSING_VALUE@E7"]);
  });

  test("a grid whose tables point outside it does not crash", () => {
    const grid = gridFromSheet(pkSheet([[1, "Indeks", 1, 1, "100%"]]));
    const res = validate(grid, [
      {
        sheet: "PK",
        kind: "pk",
        range: { row: 0, col: 0, rowCount: 50, colCount: 9 },
        headerRows: [0],
        columns: {
          target: 20,
          realisasi: 21,
          capaian: 22,
          anggaran: 23,
          realisasi_anggaran: 24,
          serapan: 25,
        },
        rows: [
          { row: 40, kind: "indicator" },
          { row: 41, kind: "total" },
        ],
        doubts: [],
      },
    ]);
    expect(res.findings).toEqual([]);
  });
});
