// Grids and tables built from the seeds' real rows, for the fill plan's tests (no Excel, no recognition).
import type { CellValue, Grid, RecognizedTable, TableRow } from "../../../src/engine/types";

/** A grid from rows of values starting at A1; numbers display as typed, text as is. */
export function gridOf(
  sheet: string,
  rows: CellValue[][],
  formats: Record<string, string> = {}
): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  return {
    sheet,
    originRow: 0,
    originCol: 0,
    values,
    text: values.map((r) => r.map((v) => (v === null ? "" : String(v)))),
    numberFormat: values.map((r, i) => r.map((_, c) => formats[`${i},${c}`] ?? "General")),
    formulas: values.map((r) => r.map((v) => v)),
    merges: [],
  };
}

/** Pemkot Binjai 2024, Pengukuran Kinerja (seed lines 280-289 and the TPT row), without its capaian column. */
export const PK_ROWS: CellValue[][] = [
  ["Pengukuran Kinerja Pemerintah Kota Binjai Tahun 2024"],
  [],
  ["No.", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Sumber Data"],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(8)"],
  [
    1,
    "Meningkatnya kualitas tata kelola pemerintahan",
    "Indeks Reformasi Birokrasi",
    "Kategori",
    "B",
    "B",
    "Kementerian PANRB",
  ],
  ["", "", "Opini BPK", "Opini", "WTP", "WTP", "BPK Perwakilan Sumatera Utara"],
  ["", "", "Indeks Profesionalitas ASN", "Poin", 73, "74,52*", "Kantor Regional VI BKN Medan"],
  ["", "", "Nilai Evaluasi LPPD", "Poin", 3.36, "2,6671*", "Pemerintah Provinsi Sumatera Utara"],
  [
    2,
    "Meningkatnya ketersediaan dan kualitas infrastruktur publik",
    "Persentase kondisi jalan baik",
    "Persen",
    94,
    90,
    "BPS Kota Binjai",
  ],
  ["", "", "Persentase akses air minum kota", "Persen", 98.05, 100, "BPS Kota Binjai"],
  [
    5,
    "Menciptakan lapangan kerja dan mempercepat terwujudnya Sentra Industri Binjai",
    "Tingkat Pengangguran Terbuka (TPT)",
    "persen",
    6.1,
    5.44,
    "BPS",
  ],
  [],
  ["Sumber: Perjanjian Kinerja 2024"],
];

export function pkTable(sheet = "PK 2024"): RecognizedTable {
  const rows: TableRow[] = [4, 5, 6, 7, 8, 9, 10].map((row) => ({ row, kind: "indicator" }));
  return {
    sheet,
    kind: "pk",
    range: { row: 2, col: 0, rowCount: 9, colCount: 7 },
    headerRows: [2, 3],
    columns: { no: 0, sasaran: 1, indikator: 2, satuan: 3, target: 4, realisasi: 5, sumber: 6 },
    rows,
    year: 2024,
    doubts: [],
  };
}

/** Diskominfo Binjai 2024, Tabel 3.17 (seed lines 981-987), without its % and sisa columns. */
export const ANGGARAN_ROWS: CellValue[][] = [
  ["URAIAN", "SUMBER DANA", "ANGGARAN", "JUMLAH REALISASI"],
  ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "", 3996931540, 3678577055],
  ["Administrasi Keuangan Perangkat Daerah", "", "2.467.477.568,00", "2.361.002.046,00"],
  ["Penyediaan Gaji dan Tunjangan ASN", "DAU", "2.358.277.568,00", 2257542046],
  ["Koordinasi dan Pelaksanaan Akuntansi SKPD", "DAU", "109.200.000,00", 103460000],
  ["Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "DAU", "72.000.000,00", 72000000],
  ["Penyediaan Jasa Surat Menyurat", "DAU", "17.000.000,00", "-"],
];

export function anggaranTable(sheet = "Anggaran"): RecognizedTable {
  const kinds: TableRow["kind"][] = [
    "program",
    "kegiatan",
    "subkegiatan",
    "subkegiatan",
    "subkegiatan",
    "subkegiatan",
  ];
  return {
    sheet,
    kind: "anggaran",
    range: { row: 0, col: 0, rowCount: 7, colCount: 4 },
    headerRows: [0],
    columns: { uraian: 0, sumber_dana: 1, anggaran: 2, realisasi_anggaran: 3 },
    rows: kinds.map((kind, i) => ({ row: i + 1, kind })),
    doubts: [],
  };
}

/** Writes a plan's blocks into a copy of the grid, as Excel would hold them afterwards. */
export function withBlocks(
  grid: Grid,
  blocks: {
    sheet: string;
    col: number;
    row: number;
    header: string | null;
    body: (string | number)[];
  }[]
): Grid {
  const copy: Grid = JSON.parse(JSON.stringify(grid)) as Grid;
  copy.formulas ??= copy.values.map((r) => [...r]);
  const put = (absRow: number, absCol: number, v: string | number): void => {
    const row = absRow - copy.originRow;
    const col = absCol - copy.originCol;
    while (copy.values.length <= row) {
      copy.values.push([]);
      copy.text.push([]);
      copy.numberFormat.push([]);
      copy.formulas!.push([]);
    }
    for (const arr of [copy.values, copy.text, copy.numberFormat, copy.formulas!]) {
      const r = arr[row]!;
      while (r.length <= col) (r as unknown[]).push(arr === copy.numberFormat ? "General" : "");
    }
    copy.values[row]![col] = v;
    copy.text[row]![col] = String(v);
    copy.formulas![row]![col] = v;
  };
  for (const b of blocks.filter((x) => x.sheet === grid.sheet)) {
    const top = b.header === null ? b.row : b.row + 1;
    if (b.header !== null) put(b.row, b.col, b.header);
    b.body.forEach((v, i) => {
      if (v !== "") put(top + i, b.col, v);
    });
  }
  // Keep the grid rectangular.
  const width = Math.max(...copy.values.map((r) => r.length));
  for (const arr of [copy.values, copy.text, copy.numberFormat, copy.formulas!]) {
    for (const r of arr)
      while (r.length < width) (r as unknown[]).push(arr === copy.numberFormat ? "General" : "");
  }
  return copy;
}
