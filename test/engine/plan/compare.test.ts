// The comparison plan on its own: names, markers, text that stays text, what the user typed kept.
import {
  freeName,
  generatedSheets,
  planCompare,
  SHEET_NAMES,
} from "../../../src/engine/plan/compare";
import type { CompareKind, CompareSheet } from "../../../src/engine/plan/compare";
import { recognize } from "../../../src/engine/recognize/index";
import type { CellValue, Grid } from "../../../src/engine/types";
import { formulaInput } from "../../../src/excel/compare-writes";
import { markerText } from "../../../src/engine/plan/compare-cells";
import { gridOf } from "./sheets";

// Pemkot Binjai 2024 PK with the realisasi of 2023 beside it (Tabel 2.26), some names made hostile.
const ROWS: CellValue[][] = [
  ["Perbandingan Realisasi 2024 dan 2023"],
  [],
  [
    "No.",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    "Target 2024",
    "Realisasi 2024",
    "Realisasi 2023",
  ],
  [
    1,
    "Meningkatnya kualitas tata kelola pemerintahan",
    "=Indeks Profesionalitas ASN",
    "Poin",
    73,
    "74,52*",
    72.56,
  ],
  ["", "", "+62 Nilai Evaluasi LPPD", "Poin", 3.36, "2,6671*", "2,32*"],
  ["", "", "@Persentase kondisi jalan baik", "Persen", 94, 90, 83],
  [
    5,
    "Menciptakan lapangan kerja",
    "-Tingkat Pengangguran Terbuka (TPT)",
    "persen",
    6.1,
    5.44,
    6.1,
  ],
];

function plan(grids: Grid[], kinds?: CompareKind[]) {
  return planCompare(
    grids,
    grids.flatMap((g) => recognize(g).tables),
    kinds ? { kinds } : {}
  );
}

const cellsOf = (s: CompareSheet) => s.cells.map((r) => r.map(formulaInput));

describe("planCompare", () => {
  test("names stay under 31 characters and never take an existing sheet's name", () => {
    expect(freeName("Perbandingan Antar Tahun", new Set(["perbandingan antar tahun"]))).toBe(
      "Perbandingan Antar Tahun (2)"
    );
    const long = "Perbandingan Realisasi Antar Tahun Kinerja";
    const name = freeName(long, new Set([long.slice(0, 31).toLowerCase()]));
    expect(name.length).toBe(31);
    expect(name.endsWith(" (2)")).toBe(true);
    for (const n of Object.values(SHEET_NAMES)) expect(n.length).toBeLessThanOrEqual(31);
    const grids = [gridOf("PK", ROWS), gridOf("Perbandingan Antar Tahun", [["catatan saya"]])];
    expect(plan(grids).sheets.find((s) => s.kind === "antar-tahun")!.name).toBe(
      "Perbandingan Antar Tahun (2)"
    );
  });

  test("text copied from cells is written behind an apostrophe: never a formula, a number or a sign", () => {
    const sheet = plan([gridOf("PK", ROWS)]).sheets.find((s) => s.kind === "antar-tahun")!;
    const names = cellsOf(sheet)
      .slice(4, 8)
      .map((r) => r[1]);
    expect(names).toEqual([
      "'=Indeks Profesionalitas ASN",
      "'+62 Nilai Evaluasi LPPD",
      "'@Persentase kondisi jalan baik",
      "'-Tingkat Pengangguran Terbuka (TPT)",
    ]);
  });

  test("live formulas point at the source cells; the trend follows the direction", () => {
    const sheet = plan([gridOf("PK", ROWS)]).sheets.find((s) => s.kind === "antar-tahun")!;
    const row = cellsOf(sheet)[4]!;
    // No | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 | Tren
    expect(row[2]).toBe("'Poin");
    expect(row[3]).toBe('=IF(PK!G4="","",PK!G4)');
    expect(row[4]).toBe('=IF(PK!E4="","",PK!E4)');
    expect(row[5]).toBe('=IF(PK!F4="","",PK!F4)');
    expect(row[6]).toBe('=IF(OR(E5="",F5=""),"",SAKIP.CAPAIAN(E5,F5))');
    const tpt = cellsOf(sheet)[7]!;
    expect(String(tpt[7])).toContain('SAKIP.CAPAIAN(D8,F8,"lower")');
    // The chart reads the "Data grafik" block under the table: names and the realisasi of each year.
    expect(sheet.chart).toMatchObject({ row: 10, col: 1, rowCount: 5, colCount: 3 });
    expect(cellsOf(sheet)[10]!.slice(1, 4)).toEqual([
      "'Indikator Kinerja",
      "'Realisasi 2023",
      "'Realisasi 2024",
    ]);
    expect(cellsOf(sheet)[11]!.slice(1, 4)).toEqual([
      '=IF(B5="","",B5)',
      '=IF(D5="","",D5)',
      '=IF(F5="","",F5)',
    ]);
  });

  test("references show the source's number format: a percent stays a percent", () => {
    // Persentase kondisi jalan baik typed as 94% and 90% (fractions shown with a % format).
    const rows = ROWS.map((r) => [...r]);
    rows[5]![4] = 0.94;
    rows[5]![5] = 0.9;
    const grid = gridOf("PK", rows, { "5,4": "0%", "5,5": "0%" });
    const sheet = plan([grid]).sheets.find((s) => s.kind === "antar-tahun")!;
    // No | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 | Tren
    const jalan = sheet.cells[6]!;
    expect(jalan[4]).toEqual({ formula: '=IF(PK!E6="","",PK!E6)', format: "0%" });
    expect(jalan[5]).toEqual({ formula: '=IF(PK!F6="","",PK!F6)', format: "0%" });
    // A source in General stays General (no format written).
    expect(jalan[3]).toEqual({ formula: '=IF(PK!G6="","",PK!G6)' });
  });

  test("a sheet marked by an earlier run is updated in place, and a typed standard is kept", () => {
    const first = plan([gridOf("PK", ROWS)]).sheets.find((s) => s.kind === "standar")!;
    expect(first.update).toBe(false);
    // The user types a standard for the LPPD row (row 6 of the sheet, column F).
    const rows: CellValue[][] = first.cells.map((r) =>
      r.map((c) => (c === null ? "" : "text" in c ? c.text : "number" in c ? c.number : c.formula))
    );
    rows[5]![4] = 2.9354;
    const old = gridOf(first.name, rows);
    expect(generatedSheets([old]).get("standar")?.sheet).toBe("Perbandingan Standar");
    const again = plan([gridOf("PK", ROWS), old]).sheets.find((s) => s.kind === "standar")!;
    expect(again.name).toBe(first.name);
    expect(again.update).toBe(true);
    expect(again.cells[5]![4]).toEqual({ number: 2.9354 });
    expect(again.cells[4]![4]).toBeNull();
  });

  test("only the ticked kinds, and a note instead of a sheet where the workbook lacks the data", () => {
    const p = plan([gridOf("PK", ROWS)], ["target-akhir", "antar-tahun"]);
    expect(p.sheets.map((s) => s.kind)).toEqual(["antar-tahun"]);
    expect(p.notes.join(" ")).toMatch(/target akhir periode tidak dibuat/);
  });

  test("indicators of another year's table are matched by name, typos included, and reported", () => {
    const y2023: CellValue[][] = [
      ["PK 2023"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi 2023"],
      [1, "indeks profesionalitas  asn", "Poin", 70, 72.56],
      [2, "Indek Kesehatan", "Poin", 83, 83.35],
    ];
    const y2024: CellValue[][] = [
      ["PK 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi 2024"],
      [1, "Indeks Profesionalitas ASN", "Poin", 73, "74,52*"],
      [2, "Indeks Kesehatan", "Poin", 83.35, 83.77],
      [3, "Indeks Pendidikan", "Poin", 76.66, 76.72],
    ];
    const p = plan([gridOf("PK 2023", y2023), gridOf("PK 2024", y2024)], ["antar-tahun"]);
    expect([...new Set(p.matches.map((m) => m.purpose))]).toEqual([
      "Realisasi 2023 (PK 2023)",
      "Target 2023 (PK 2023)",
    ]);
    expect(
      p.matches
        .filter((m) => m.purpose.startsWith("Realisasi"))
        .map((m) => [m.base.name, m.other?.name ?? null, m.how])
    ).toEqual([
      ["Indeks Profesionalitas ASN", "indeks profesionalitas  asn", "sama"],
      ["Indeks Kesehatan", "Indek Kesehatan", "mirip"],
      ["Indeks Pendidikan", null, "tidak-ada"],
    ]);
    const cells = cellsOf(p.sheets[0]!);
    // No | Indikator | Satuan | Target 2023 | Realisasi 2023 | Capaian 2023 | Target 2024 | ...
    expect(cells[5]![4]).toBe("=IF('PK 2023'!E5=\"\",\"\",'PK 2023'!E5)");
    expect(cells[6]![4]).toBe("");
  });
});

describe("efisiensi sheet without a program mapping", () => {
  test("the pagu and realisasi the user typed per sasaran are kept when the sheet is rebuilt", () => {
    const first = plan([gridOf("PK", ROWS)], ["efisiensi"]).sheets[0]!;
    // No | Sasaran | Rata-rata Capaian | Serapan | Efisiensi | Pagu | Realisasi | Program Pendukung
    expect(first.cells[4]![1]).toEqual({ text: "Meningkatnya kualitas tata kelola pemerintahan" });
    const rows: CellValue[][] = first.cells.map((r) =>
      r.map((c) => (c === null ? "" : "text" in c ? c.text : "number" in c ? c.number : c.formula))
    );
    rows[4]![5] = 5157883367;
    rows[4]![6] = 4727020000;
    const again = plan([gridOf("PK", ROWS), gridOf(first.name, rows)], ["efisiensi"]).sheets[0]!;
    expect(again.update).toBe(true);
    expect(again.cells[4]![5]).toEqual({ number: 5157883367, format: '"Rp "#,##0' });
    expect(again.cells[4]![6]).toEqual({ number: 4727020000, format: '"Rp "#,##0' });
    expect(again.cells[5]![5]).toBeNull();
  });

  test("budgets typed on a sheet of the earlier layout (Sasaran in column A, Pagu in E) are kept too", () => {
    const first = plan([gridOf("PK", ROWS)], ["efisiensi"]).sheets[0]!;
    const old: CellValue[][] = [
      ["Analisis Efisiensi Penggunaan Sumber Daya"],
      [markerText("efisiensi")],
      [],
      [
        "Sasaran",
        "Rata-rata Capaian Kinerja (%)",
        "Serapan Anggaran (%)",
        "Tingkat Efisiensi",
        "Pagu Program (Rp)",
        "Realisasi Program (Rp)",
        "Program Pendukung",
      ],
      ["Meningkatnya kualitas tata kelola pemerintahan", "", "", "", 5157883367, 4727020000],
    ];
    const again = plan([gridOf("PK", ROWS), gridOf(first.name, old)], ["efisiensi"]).sheets[0]!;
    expect(again.cells[4]![5]).toEqual({ number: 5157883367, format: '"Rp "#,##0' });
    expect(again.cells[4]![6]).toEqual({ number: 4727020000, format: '"Rp "#,##0' });
  });
});
