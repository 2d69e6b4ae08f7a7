// Synthetic variants of the seed tables: moved to another origin, two tables on one sheet, extra blank
// rows and columns, English headers, three-row headers, repeated headers, sasaran heading rows.
import { recognize } from "../../../src/engine/recognize";
import { columnLetter, parseRange, rangeToA1 } from "../../../src/engine/recognize/address";
import type { RecognizedTable } from "../../../src/engine/types";
import { diskominfoAnggaran, diskominfoPk, pemkotPk } from "../../fixtures/data";
import { gridFromSheet, shiftSheet } from "../../fixtures/grid";
import type { ExpectedTable, FixtureCell, SheetSpec } from "../../fixtures/spec";
import { asExcel, expectedComparable } from "./expect";

const sheetOf = (wb: { sheets: SheetSpec[] }, name: string): SheetSpec => {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** The expected table moved by (dRows, dCols), in Excel terms. */
function shiftExpected(e: ExpectedTable, dRows: number, dCols: number): ExpectedTable {
  const r = parseRange(e.range);
  if (!r) throw new Error(e.range);
  const col = (letter: string): string =>
    columnLetter((parseRange(`${letter}1`)?.col ?? 0) + dCols);
  return {
    ...e,
    range: rangeToA1({ ...r, row: r.row + dRows, col: r.col + dCols }),
    headerRows: e.headerRows.map((h) => h + dRows),
    columns: Object.fromEntries(Object.entries(e.columns).map(([k, l]) => [k, col(l)])),
    rows: e.rows.map((x) => ({
      ...x,
      row: x.row + dRows,
      ...(x.parentRow !== undefined ? { parentRow: x.parentRow + dRows } : {}),
      ...(x.sasaranRow !== undefined ? { sasaranRow: x.sasaranRow + dRows } : {}),
    })),
  };
}

function expectTable(got: RecognizedTable | undefined, exp: ExpectedTable): void {
  expect(got).toBeDefined();
  if (!got) return;
  const withText = new Set(exp.rows.filter((r) => r.sasaran !== undefined).map((r) => r.row));
  expect(asExcel(got, withText)).toEqual(expectedComparable(exp));
}

const pk = sheetOf(pemkotPk, "PK 2024");
const pk32 = sheetOf(diskominfoPk, "Tabel 3.2");
const perProgram = sheetOf(diskominfoAnggaran, "Per Program");

describe("moved tables", () => {
  test.each([
    [0, 0],
    [7, 0],
    [0, 4],
    [12, 9],
  ])("PK 2024 moved down %i rows and right %i columns", (dr, dc) => {
    const tables = recognize(gridFromSheet(shiftSheet(pk, dr, dc))).tables;
    expect(tables).toHaveLength(1);
    expectTable(tables[0], shiftExpected(pk.expected[0], dr, dc));
  });

  test("a grid whose origin is not A1 (used range starting at D8)", () => {
    const grid = gridFromSheet(shiftSheet(pk32, 7, 3));
    expect([grid.originRow, grid.originCol]).toEqual([7, 3]);
    expectTable(recognize(grid).tables[0], shiftExpected(pk32.expected[0], 7, 3));
  });
});

describe("several tables on one sheet", () => {
  test("a PK table, two blank rows, then a budget table with its own title", () => {
    const gap = 3;
    const second = shiftSheet(perProgram, pk32.rows.length + gap, 0);
    const rows: FixtureCell[][] = [
      ...pk32.rows,
      ...Array.from({ length: gap }, () => []),
      ...second.rows.slice(pk32.rows.length + gap),
    ];
    const sheet = {
      name: "Gabungan",
      rows,
      merges: [...(pk32.merges ?? []), ...(second.merges ?? [])],
      formats: second.formats,
    };
    const tables = recognize(gridFromSheet(sheet)).tables;
    expect(tables.map((t) => t.kind)).toEqual(["pk", "anggaran"]);
    expectTable(tables[0], pk32.expected[0]);
    expectTable(tables[1], shiftExpected(perProgram.expected[0], pk32.rows.length + gap, 0));
  });

  test("two tables separated by a single blank row and a title line", () => {
    const sheet = {
      name: "Dua",
      rows: [
        ["No", "Indikator Kinerja", "Target", "Realisasi"],
        [1, "Indeks Nilai SPBE", 2.98, 3.12],
        [],
        ["Tabel 2 Realisasi Anggaran"],
        ["No", "Program", "Pagu", "Realisasi", "%"],
        [1, "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", 2602173662, 2547036260, 0.9788],
      ] as FixtureCell[][],
    };
    const tables = recognize(gridFromSheet(sheet)).tables;
    expect(tables.map((t) => [rangeToA1(t.range), t.kind])).toEqual([
      ["A1:D2", "pk"],
      ["A5:E6", "anggaran"],
    ]);
  });
});

describe("extra blank rows and columns", () => {
  test("a blank column inside the table keeps the roles on their own columns", () => {
    const rows = pk32.rows.map((r) =>
      r.length >= 3 ? [...r.slice(0, 3), null, ...r.slice(3)] : r
    );
    const sheet = { name: "Kolom kosong", rows, merges: ["A7:A8", "B7:B8"] };
    const t = recognize(gridFromSheet(sheet)).tables[0];
    expect(rangeToA1(t.range)).toBe("A4:F9");
    expect(t.columns).toEqual({ no: 0, sasaran: 1, indikator: 2, target: 4, realisasi: 5 });
  });

  test("one blank row between indicators does not end the table; two blank rows and a note do", () => {
    const rows: FixtureCell[][] = [
      ["No", "Sasaran", "Indikator", "Target", "Realisasi"],
      [1, "Sasaran A", "Indikator satu", 10, 9],
      [],
      [null, null, "Indikator dua", 5, 6],
      [],
      [],
      [null, null, "Baris lain jauh di bawah", 1, 1],
    ];
    const t = recognize(gridFromSheet({ name: "Kosong", rows })).tables;
    expect(rangeToA1(t[0].range)).toBe("A1:E4");
    expect(t[0].rows.map((r) => [r.row, r.kind, r.sasaranRow])).toEqual([
      [1, "indicator", 1],
      [3, "indicator", 1],
    ]);
  });
});

describe("what closes a table", () => {
  test.each([
    ["a signature's place and date right below", [null, null, "Binjai, 31 Desember 2024"]],
    ["a source line right below", ["Sumber : BPS Kota Binjai"]],
    ["a footnote right below", ["* = angka sementara"]],
    ["the next table's title right below", ["Tabel 3.3 Aspek Penilaian SPBE"]],
  ])("%s", (_name, closing) => {
    const rows: FixtureCell[][] = [
      ["No", "Indikator Kinerja", "Target", "Realisasi"],
      [1, "Indeks Nilai SPBE", 2.98, 3.12],
      [2, "Indeks Pendidikan", 76.66, 76.72],
      closing as FixtureCell[],
      [null, null, "KEPALA DINAS", null],
    ];
    const t = recognize(gridFromSheet({ name: "Tutup", rows })).tables;
    expect(t.map((x) => rangeToA1(x.range))).toEqual(["A1:D3"]);
  });
});

describe("English headers", () => {
  test("No / Goal / Indicator / Unit / Target / Actual / Achievement (%) / Source", () => {
    const rows: FixtureCell[][] = [
      ["Performance Agreement 2024"],
      [],
      ["No", "Goal", "Indicator", "Unit", "Target", "Actual", "Achievement (%)", "Data source"],
      [1, "Better governance", "Bureaucratic Reform Index", "Category", "B", "B", 1, "Ministry"],
      [null, null, "Civil servant professionalism index", "Points", 73, 74.52, 1.02, "BKN"],
    ];
    const t = recognize(gridFromSheet({ name: "EN", rows, merges: ["B4:B5"] })).tables;
    expect(t).toHaveLength(1);
    expect(t[0].kind).toBe("pk");
    expect(t[0].columns).toEqual({
      no: 0,
      sasaran: 1,
      indikator: 2,
      satuan: 3,
      target: 4,
      realisasi: 5,
      capaian: 6,
      sumber: 7,
    });
    expect(t[0].year).toBe(2024);
    expect(t[0].rows.map((r) => r.sasaranRow)).toEqual([3, 3]);
  });
});

describe("header blocks", () => {
  test("three rows: group row above, Target / Realisasi merged over years, numbered row", () => {
    const rows: FixtureCell[][] = [
      ["Tabel X Capaian"], // 1
      [null, null, "KINERJA", null, null, null, "ANGGARAN", null], // 2 group row
      ["No", "Indikator Kinerja", "Target", null, "Realisasi", null, "Pagu", "Realisasi"], // 3
      [null, null, 2023, 2024, 2023, 2024, null, null], // 4
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"], // 5
      [1, "Indeks Nilai SPBE", 2.6, 2.98, 2.98, 3.12, 2602173662, 2547036260], // 6
    ];
    const merges = ["C2:F2", "G2:H2", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "H3:H4"];
    const t = recognize(gridFromSheet({ name: "Tiga", rows, merges })).tables;
    expect(t).toHaveLength(1);
    expect(t[0].headerRows).toEqual([1, 2, 3, 4]);
    expect(rangeToA1(t[0].range)).toBe("A2:H6");
    expect(t[0].kind).toBe("efisiensi");
    expect(t[0].columns).toEqual({
      no: 0,
      indikator: 1,
      "target@2023": 2,
      "target@2024": 3,
      "realisasi@2023": 4,
      "realisasi@2024": 5,
      target: 3,
      realisasi: 5,
      anggaran: 6,
      realisasi_anggaran: 7,
    });
    expect(t[0].year).toBe(2024);
  });

  test("the numbered row may be plain numbers 1 2 3 and carry a legend", () => {
    const rows: FixtureCell[][] = [
      ["No", "Indikator", "Target", "Realisasi", "Capaian"],
      [1, 2, 3, 4, "5 = 4/3"],
      [1, "Indeks Pendidikan", 76.66, 76.72, 1],
    ];
    const t = recognize(gridFromSheet({ name: "Nomor", rows })).tables[0];
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.rows).toEqual([{ row: 2, kind: "indicator" }]);
  });

  test("a header repeated after a blank row (pasted page by page) stays one table", () => {
    const H: FixtureCell[] = [
      "No.",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Target",
      "Realisasi",
    ];
    const rows: FixtureCell[][] = [
      H,
      [1, "S1", "Indeks A", 1, 1],
      [],
      H,
      [null, null, "Indeks B", 2, 2],
      [2, "S2", "Indeks C", 3, 3],
    ];
    const t = recognize(gridFromSheet({ name: "Ulang", rows })).tables;
    expect(t).toHaveLength(1);
    expect(rangeToA1(t[0].range)).toBe("A1:E6");
    expect(t[0].headerRows).toEqual([0]);
    expect(t[0].rows.map((r) => [r.row, r.sasaranRow])).toEqual([
      [1, 1],
      [4, 1],
      [5, 5],
    ]);
  });

  test("header words with line breaks, odd spacing and a typo; the typo is reported", () => {
    const rows: FixtureCell[][] = [
      ["N O", "INDIKATOR\nKINERJA   UTAMA", "Tar get", "Kealisasi", "% Capaian"],
      [1, "Indeks Nilai SPBE", 2.98, 3.12, 1.05],
    ];
    const t = recognize(gridFromSheet({ name: "Ejaan", rows })).tables[0];
    expect(t.columns).toEqual({ no: 0, indikator: 1, target: 2, realisasi: 3, capaian: 4 });
    expect(t.doubts.join(" ")).toMatch(/Kealisasi.*salah ketik/);
  });

  test("Renstra with Kondisi Awal and one target column per plan year", () => {
    const rows: FixtureCell[][] = [
      [
        "No",
        "Indikator Sasaran",
        "Satuan",
        "Kondisi Awal",
        "Target",
        null,
        null,
        null,
        null,
        "Target Akhir Renstra",
      ],
      [null, null, null, 2020, 2022, 2023, 2024, 2025, 2026, null],
      [1, "Persentase kondisi jalan baik", "Persen", 89.86, 92, 93, 94, 95, 96, 96],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "E1:I1", "J1:J2"];
    const t = recognize(gridFromSheet({ name: "Renstra", rows, merges })).tables[0];
    expect(t.kind).toBe("renstra");
    expect(t.columns).toMatchObject({
      "realisasi@2020": 3,
      "target@2022": 4,
      "target@2026": 8,
      target_akhir: 9,
    });
    expect(t.columns.realisasi).toBeUndefined(); // the baseline is not this year's realisasi
    expect(t.year).toBeUndefined(); // a plan of five years, no realisasi, no title year
  });
});

describe("uncertain headers are said, not guessed", () => {
  test("Renstra targets by 'Tahun Ke- 1..5' get no year and one doubt; the table is still a Renstra", () => {
    const rows: FixtureCell[][] = [
      ["No", "Indikator", "Target Kinerja Tahun Ke-", null, null, null, null],
      [null, null, 1, 2, 3, 4, 5],
      [1, "Indeks Nilai SPBE", 2.5, 2.7, 2.98, 3.2, 3.5],
    ];
    const t = recognize(gridFromSheet({ name: "Ke", rows, merges: ["A1:A2", "B1:B2", "C1:G1"] }))
      .tables[0];
    expect(t.kind).toBe("renstra");
    expect(t.columns).toEqual({ no: 0, indikator: 1 });
    expect(t.doubts).toHaveLength(1);
    expect(t.doubts[0]).toMatch(/^"Ke"!C2: .*tahun ke-/);
  });

  test("a PK whose indicator column is headed 'Uraian' is read, with a doubt", () => {
    const rows: FixtureCell[][] = [
      ["No", "Uraian", "Target", "Realisasi"],
      [1, "Indeks Pendidikan", 76.66, 76.72],
    ];
    const t = recognize(gridFromSheet({ name: "Uraian", rows })).tables[0];
    expect(t.kind).toBe("pk");
    expect(t.columns).toMatchObject({ indikator: 1 });
    expect(t.rows).toEqual([{ row: 1, kind: "indicator" }]);
    expect(t.doubts[0]).toMatch(/Uraian/);
  });

  test("a header with table words but no kind is reported on the sheet", () => {
    const rows: FixtureCell[][] = [
      ["No", "Target", "Realisasi", "Capaian"],
      [1, 10, 9, 0.9],
    ];
    const res = recognize(gridFromSheet({ name: "Aneh", rows }));
    expect(res.tables).toEqual([]);
    expect(res.doubts).toHaveLength(1);
    expect(res.doubts[0]).toMatch(/^"Aneh"!A1: .*tidak dikenali/);
  });
});

describe("sasaran", () => {
  test("heading rows 'Sasaran Strategis 1 : ...' above their indicators", () => {
    const rows: FixtureCell[][] = [
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ["Sasaran Strategis 1 : Meningkatnya kualitas tata kelola pemerintahan"],
      [1, "Indeks Reformasi Birokrasi", "Kategori", "B", "B", 1],
      [2, "Opini BPK", "Opini", "WTP", "WTP", 1],
      ["Sasaran Strategis 2 : Meningkatnya kualitas lingkungan hidup"],
      [3, "Indeks Kualitas Lingkungan Hidup", "Poin", 61, 60.81, "99,69%"],
    ];
    const t = recognize(gridFromSheet({ name: "Judul", rows, merges: ["A2:F2", "A5:F5"] }))
      .tables[0];
    expect(rangeToA1(t.range)).toBe("A1:F6");
    expect(t.rows).toEqual([
      { row: 1, kind: "sasaran" },
      {
        row: 2,
        kind: "indicator",
        sasaran: "Meningkatnya kualitas tata kelola pemerintahan",
        sasaranRow: 1,
      },
      {
        row: 3,
        kind: "indicator",
        sasaran: "Meningkatnya kualitas tata kelola pemerintahan",
        sasaranRow: 1,
      },
      { row: 4, kind: "sasaran" },
      {
        row: 5,
        kind: "indicator",
        sasaran: "Meningkatnya kualitas lingkungan hidup",
        sasaranRow: 4,
      },
    ]);
    expect(t.doubts).toEqual([]);
  });
});

describe("anggaran levels without kode", () => {
  const header: FixtureCell[] = [
    "No",
    "Program/Kegiatan/Sub Kegiatan",
    "Pagu Anggaran",
    "Realisasi",
    "Persentase",
    "Sisa Anggaran",
  ];

  test("numbering I / 1 / 1.1 and 1,2", () => {
    const rows: FixtureCell[][] = [
      header,
      ["I", "Program Penunjang Urusan Pemerintahan Daerah", 100, 90, 0.9, 10],
      ["1", "Administrasi Keuangan Perangkat Daerah", 60, 55, 0.92, 5],
      ["1.1", "Penyediaan Gaji dan Tunjangan ASN", 60, 55, 0.92, 5],
      ["2", "Administrasi Umum Perangkat Daerah", 40, 35, 0.88, 5],
      ["2.1", "Penyediaan Bahan Logistik Kantor", 30, 25, 0.83, 5],
      ["2,2", "Fasilitasi Kunjungan Tamu", 10, 10, 1, 0],
      ["II", "Program Pengelolaan Aplikasi Informatika", 50, 50, 1, 0],
      [null, "Jumlah Keseluruhan", 150, 140, 0.93, 10],
    ];
    const t = recognize(gridFromSheet({ name: "Nomor", rows })).tables[0];
    expect(t.kind).toBe("anggaran");
    expect(t.columns).toEqual({
      no: 0,
      uraian: 1,
      anggaran: 2,
      realisasi_anggaran: 3,
      serapan: 4,
      sisa: 5,
    });
    expect(t.rows).toEqual([
      { row: 1, kind: "program", level: 1 },
      { row: 2, kind: "kegiatan", level: 2, parentRow: 1 },
      { row: 3, kind: "subkegiatan", level: 3, parentRow: 2 },
      { row: 4, kind: "kegiatan", level: 2, parentRow: 1 },
      { row: 5, kind: "subkegiatan", level: 3, parentRow: 4 },
      { row: 6, kind: "subkegiatan", level: 3, parentRow: 4 },
      { row: 7, kind: "program", level: 1 },
      { row: 8, kind: "total", level: 0 },
    ]);
    expect(t.doubts).toEqual([]);
  });

  test("upper-case programs and indented kegiatan / sub kegiatan", () => {
    const rows: FixtureCell[][] = [
      header.slice(1),
      ["PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL", 142970630, 36268000, 0.2537, 106702630],
      [
        "  Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
        142970630,
        36268000,
        0.2537,
        106702630,
      ],
      [
        "    Koordinasi dan Sinkronisasi Pengumpulan Data Statistik Sektoral",
        53146230,
        "-",
        0,
        53146230,
      ],
      ["    Peningkatan Kapasitas SDM Pemerintah daerah", 89824400, 36268000, 0.4038, 53556400],
      ["TOTAL", 142970630, 36268000, 0.2537, 106702630],
    ];
    const t = recognize(gridFromSheet({ name: "Indent", rows })).tables[0];
    expect(t.rows.map((r) => [r.row, r.kind, r.parentRow])).toEqual([
      [1, "program", undefined],
      [2, "kegiatan", 1],
      [3, "subkegiatan", 2],
      [4, "subkegiatan", 2],
      [5, "total", undefined],
    ]);
  });

  test("without kode, numbering or indentation the sumber dana column decides, and says so", () => {
    const sheet = sheetOf(diskominfoAnggaran, "Realisasi Anggaran");
    const rows = sheet.rows.map((r) => r.slice(1));
    const t = recognize(gridFromSheet({ name: "Tanpa kode", rows })).tables[0];
    expect(t.kind).toBe("anggaran");
    const kinds = t.rows.map((r) => r.kind);
    const expected = sheet.expected[0].rows.map((r) => r.kind);
    expect(kinds).toEqual(expected);
    expect(t.doubts.join(" ")).toMatch(/Sumber Dana/);
  });

  test("a row whose level cannot be told is data, with a doubt naming its cell", () => {
    const rows: FixtureCell[][] = [
      ["Uraian", "Anggaran", "Realisasi"],
      ["Belanja pegawai", 100, 90],
      ["Belanja barang", 50, 45],
    ];
    const t = recognize(gridFromSheet({ name: "Datar", rows })).tables[0];
    expect(t.rows.map((r) => r.kind)).toEqual(["data", "data"]);
    expect(t.doubts.join(" ")).toMatch(/"Datar"!A2.*tingkat baris/);
  });

  test("kode stored as numbers or text, zero-padded or not", () => {
    const rows: FixtureCell[][] = [
      ["Kode", "Uraian", "Anggaran", "Realisasi"],
      ["2.16.01", "PROGRAM PENUNJANG", 10, 9],
      ["2.16.1.2.2", "Administrasi Keuangan", 10, 9],
      ["2.16.01.2.02.0001", "Penyediaan Gaji", 10, 9],
      [{ v: 2.2, fmt: "0.00" }, "URUSAN STATISTIK", 5, 5],
    ];
    const t = recognize(gridFromSheet({ name: "Kode", rows })).tables[0];
    expect(t.rows.map((r) => [r.kind, r.level ?? null, r.parentRow ?? null])).toEqual([
      ["program", 1, null],
      ["kegiatan", 2, 1],
      ["subkegiatan", 3, 2],
      ["data", null, null],
    ]);
  });
});

describe("not tables", () => {
  test("an empty grid, prose, and a rating scale give no table and do not throw", () => {
    expect(
      recognize({
        sheet: "Kosong",
        originRow: 0,
        originCol: 0,
        values: [],
        text: [],
        numberFormat: [],
        merges: [],
      }).tables
    ).toEqual([]);
    const rows: FixtureCell[][] = [
      ["Laporan Kinerja merupakan wujud pertanggungjawaban instansi pemerintah."],
      [],
      ["No.", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian Realisasi Kinerja"],
      [1, "91% <= 100%", "Sangat Tinggi"],
    ];
    expect(recognize(gridFromSheet({ name: "Teks", rows })).tables).toEqual([]);
  });
});
