// Table shapes around and inside a table: two tables side by side on the same rows, a header merged over a
// spacer column (offset from its data), blank spacer columns and rows, a blank row inside a long table, the
// header repeated after a page break, titles and notes around the table. Each as a small grid.
import { columnLetter, rangeToA1, recognize } from "../../../src/engine/recognize/index";
import type { RecognizedTable } from "../../../src/engine/types";
import { validate } from "../../../src/engine/validate/index";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell } from "../../fixtures/spec";

const roles = (t: RecognizedTable): Record<string, string> =>
  Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, columnLetter(c as number)]));
const read = (rows: FixtureCell[][], merges: string[] = [], name = "S") => {
  const g = gridFromSheet({ name, rows, merges });
  const r = recognize(g);
  const claims = validate(g, r.tables)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.cell} ${f.rule}`);
  return { ...r, claims };
};

describe("two tables side by side", () => {
  test("two PK tables on the same rows, one blank column apart: two tables, each with its own roles", () => {
    const rows: FixtureCell[][] = [
      ["IKU 2023", null, null, null, null, null, "IKU 2024"],
      [],
      [
        "No",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian (%)",
        null,
        "No",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian (%)",
      ],
      [
        1,
        "Indeks Kepuasan Masyarakat",
        80,
        82,
        102.5,
        null,
        1,
        "Indeks Kepuasan Masyarakat",
        82,
        83,
        101.22,
      ],
      [2, "Persentase jalan mantap", 60, 54, 90, null, 2, "Persentase jalan mantap", 62, 62, 100],
      [
        3,
        "Indeks Reformasi Birokrasi",
        70,
        63,
        90,
        null,
        3,
        "Indeks Reformasi Birokrasi",
        72,
        72,
        100,
      ],
    ];
    const r = read(rows);
    expect(r.tables.map((t) => rangeToA1(t.range))).toEqual(["A3:E6", "G3:K6"]);
    expect(roles(r.tables[0])).toEqual({
      no: "A",
      indikator: "B",
      target: "C",
      realisasi: "D",
      capaian: "E",
    });
    expect(roles(r.tables[1])).toEqual({
      no: "G",
      indikator: "H",
      target: "I",
      realisasi: "J",
      capaian: "K",
    });
    expect(r.tables.map((t) => t.year)).toEqual([2023, 2024]);
    expect(r.tables.map((t) => t.rows.length)).toEqual([3, 3]);
    expect(r.claims).toEqual([]);
  });

  test("side by side of different lengths and kinds: the budget table beside a PK", () => {
    const rows: FixtureCell[][] = [
      [
        "No",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        null,
        null,
        "No",
        "Program",
        "Anggaran",
        "Realisasi",
      ],
      [1, "Indeks A", 80, 82, null, null, 1, "Program A", 1000000, 900000],
      [2, "Indeks B", 60, 54, null, null, 2, "Program B", 2000000, 1500000],
      [null, null, null, null, null, null, 3, "Program C", 3000000, 2500000],
      [null, null, null, null, null, null, 4, "Program D", 1000000, 1000000],
    ];
    const r = read(rows);
    expect(r.tables.map((t) => [rangeToA1(t.range), t.kind])).toEqual([
      ["A1:D3", "pk"],
      ["G1:J5", "anggaran"],
    ]);
    expect(roles(r.tables[1])).toMatchObject({
      uraian: "H",
      anggaran: "I",
      realisasi_anggaran: "J",
    });
  });

  test("a blank spacer column inside one table (no second identity column) keeps it one table", () => {
    const rows: FixtureCell[][] = [
      ["No", "Indikator Kinerja", "Target", null, "Realisasi", "Capaian (%)"],
      [1, "Indeks A", 80, null, 82, 102.5],
      [2, "Indeks B", 60, null, 54, 90],
    ];
    const r = read(rows);
    expect(r.tables.map((t) => rangeToA1(t.range))).toEqual(["A1:F3"]);
    expect(roles(r.tables[0])).toEqual({
      no: "A",
      indikator: "B",
      target: "C",
      realisasi: "E",
      capaian: "F",
    });
  });
});

describe("header offset from its data", () => {
  test("'Target' merged over a spacer and the figures column: the role goes to the column with figures", () => {
    const rows: FixtureCell[][] = [
      ["No", "Indikator Kinerja", "Target", null, "Realisasi", null],
      [1, "Indeks A", null, 80, null, 82],
      [2, "Indeks B", null, 60, null, 54],
    ];
    const r = read(rows, ["C1:D1", "E1:F1"]);
    expect(roles(r.tables[0])).toEqual({ no: "A", indikator: "B", target: "D", realisasi: "F" });
  });
});

describe("header offset from its data: not when the neighbour has a header of its own", () => {
  test("'Target' merged over K | Rp sub-headers with K empty: the role does not move to the Rp column", () => {
    const rows: FixtureCell[][] = [
      ["No", "Indikator Kinerja", "Target", null, "Realisasi", null],
      [null, null, "K", "Rp", "K", "Rp"],
      [1, "Indeks A", null, 1000000, 80, 900000],
      [2, "Indeks B", null, 2000000, 60, 1500000],
    ];
    const r = read(rows, ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]);
    expect(r.tables[0].columns.target).toBe(2);
  });
});

describe("blank rows, page breaks, titles and notes", () => {
  const header: FixtureCell[] = [
    "No",
    "Indikator Kinerja",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian (%)",
  ];
  const row = (n: number): FixtureCell[] => [n, `Indikator ${n}`, "%", 80, 80, 100];

  test("title above, a blank row between header and data, a blank row inside, notes and a signature below", () => {
    const rows: FixtureCell[][] = [
      ["LAPORAN CAPAIAN KINERJA TAHUN 2024"],
      [],
      header,
      [],
      row(1),
      row(2),
      [],
      row(3),
      row(4),
      [],
      ["Sumber: Bagian Perencanaan"],
      [null, null, null, "Binjai, 31 Desember 2024"],
      [null, null, null, "Kepala Dinas"],
    ];
    const r = read(rows);
    expect(r.tables.map((t) => rangeToA1(t.range))).toEqual(["A3:F9"]);
    expect(r.tables[0].rows.map((x) => x.row + 1)).toEqual([5, 6, 8, 9]);
    expect(r.tables[0].year).toBe(2024);
  });

  test("the header repeated after a page break (with its numbered row) is not data", () => {
    const numbers: FixtureCell[] = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"];
    const rows: FixtureCell[][] = [
      header,
      numbers,
      row(1),
      row(2),
      header,
      numbers,
      row(3),
      row(4),
    ];
    const r = read(rows);
    expect(r.tables).toHaveLength(1);
    expect(rangeToA1(r.tables[0].range)).toBe("A1:F8");
    expect(r.tables[0].rows.map((x) => x.row + 1)).toEqual([3, 4, 7, 8]);
    expect(r.claims).toEqual([]);
  });

  test("two tables one above the other, each with its own title", () => {
    const rows: FixtureCell[][] = [
      ["Tabel 1. IKU"],
      header,
      row(1),
      row(2),
      [],
      [],
      ["Tabel 2. Anggaran"],
      ["No", "Program", "Anggaran", "Realisasi"],
      [1, "Program A", 1000000, 900000],
    ];
    const r = read(rows);
    expect(r.tables.map((t) => rangeToA1(t.range))).toEqual(["A2:F4", "A8:D9"]);
  });
});
