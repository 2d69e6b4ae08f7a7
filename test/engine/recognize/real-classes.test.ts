// Layout classes met in real government workbooks, each as a small synthetic grid that follows a real
// layout (SIPD LRA, RAK, budget-shift, IKPA scores), so the rule is tested for the class, not one file.
import { bacaTeks } from "../../../src/engine/number-text";
import { columnLetter, recognize } from "../../../src/engine/recognize/index";
import type { RecognizedTable } from "../../../src/engine/types";
import { validate } from "../../../src/engine/validate/index";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell } from "../../fixtures/spec";

const roles = (t: RecognizedTable): Record<string, string> =>
  Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, columnLetter(c as number)]));
const errors = (rows: FixtureCell[][], merges: string[] = []): string[] => {
  const g = gridFromSheet({ name: "S", rows, merges });
  const { tables } = recognize(g);
  return validate(g, tables)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.cell} ${f.rule}`);
};

describe("Indonesian text numbers", () => {
  test.each([
    ["1.234.567,89", 1234567.89],
    ["(1.250)", -1250],
    ["(Rp 2.500.000,00)", -2500000],
    ["(74,03)", 74.03], // a figure set apart, not an amount: stays positive
    ["25,224,375,042,00", 25224375042], // one mark throughout, last group of two = decimals
    ["513.425.170.766", 513425170766],
  ])("%s", (text, value) => {
    const r = bacaTeks(text);
    expect(r.kind).toBe("number");
    if (r.kind === "number") expect(r.id).toBe(value);
  });
  test.each(["-", "None", "null", "NaN"])(
    "%s is no figure (empty), never a silent 0 nor an error",
    (text) => {
      expect(bacaTeks(text).kind).toBe("empty");
    }
  );
});

describe("headers", () => {
  test("a long name merged down three rows, groups over Anggaran / Realisasi, numbered row 1..n (SIPD LRA)", () => {
    const rows: FixtureCell[][] = [
      ["TAHUN ANGGARAN 2026"],
      [],
      ["Kode", "Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan", "Kelompok Belanja"],
      [null, null, "Operasi", null, "Modal"],
      [null, null, "Anggaran", "Realisasi", "Anggaran", "Realisasi"],
      ["1", "2", "3", "4", "5", "6"],
      ["2.16.01", "PROGRAM PENUNJANG", "3.000.000,00", "1.000.000,00", "500.000,00", "0,00"],
      ["2.16.01.2.01", "Perencanaan", "3.000.000,00", "1.000.000,00", "500.000,00", "0,00"],
      [null, "Jumlah", "3.000.000,00", "1.000.000,00", "500.000,00", "0,00"],
    ];
    const merges = ["A3:A5", "B3:B5", "C3:F3", "C4:D4", "E4:F4"];
    const t = recognize(gridFromSheet({ name: "S", rows, merges })).tables[0];
    expect(t.range).toEqual({ row: 2, col: 0, rowCount: 7, colCount: 6 });
    expect(t.headerRows).toEqual([2, 3, 4, 5]);
    expect(roles(t)).toMatchObject({
      kode: "A",
      uraian: "B",
      anggaran: "C",
      realisasi_anggaran: "D",
    });
    expect(t.doubts.join(" ")).toMatch(/C, E.*anggaran/);
    expect(errors(rows, merges)).toEqual([]);
  });

  test("a wide cash-plan header of months is still a header (RAK)", () => {
    const rows: FixtureCell[][] = [
      [
        "Kode Rekening",
        "Uraian",
        "Anggaran Tahun Ini",
        "Total RAK",
        "Realisasi",
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Total Jan Jul",
        "Persen RAK",
      ],
      [
        "2.16.01",
        "PROGRAM",
        1000000,
        1000000,
        500000,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        7,
        { v: 0.000007, fmt: "0.00%" },
      ],
      [
        "2.16.01.2.01",
        "Kegiatan",
        1000000,
        1000000,
        500000,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        7,
        { v: 0.000007, fmt: "0.00%" },
      ],
    ];
    const t = recognize(gridFromSheet({ name: "S", rows })).tables[0];
    expect(roles(t)).toMatchObject({
      kode: "A",
      uraian: "B",
      anggaran: "C",
      realisasi_anggaran: "E",
    });
    expect(t.columns.serapan).toBeUndefined(); // "Persen RAK" does not fit realisasi / pagu
  });

  test("REALISASI over (Rp) / (%), SELISIH PAGU is not a pagu (budget shift)", () => {
    const rows: FixtureCell[][] = [
      [
        "NO",
        "PROGRAM DAN KEGIATAN",
        "PAGU ANGGARAN SEBELUM (Rp)",
        "REALISASI",
        null,
        "PAGU ANGGARAN SETELAH (Rp)",
        "SELISIH PAGU SEBELUM DAN SESUDAH",
      ],
      [null, null, null, "(Rp)", "(%)"],
      ["A", "PROGRAM X", 2000000, 1000000, { v: 0.5, fmt: "0.00%" }, 2500000, 500000],
      ["I", "Kegiatan Y", 2000000, 1000000, { v: 0.5, fmt: "0.00%" }, 2500000, 500000],
      ["1.1", "Sub Kegiatan Z", 2000000, 1000000, { v: 0.5, fmt: "0.00%" }, 2500000, 500000],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2", "G1:G2"];
    const t = recognize(gridFromSheet({ name: "S", rows, merges })).tables[0];
    expect(roles(t)).toEqual({
      no: "A",
      uraian: "B",
      anggaran: "C",
      realisasi_anggaran: "D",
      serapan: "E",
    });
  });
});

describe("one role, several columns: chosen from the figures", () => {
  const header: FixtureCell[][] = [
    ["Uraian", "Belanja Operasi", null, "TOTAL", null, null, null],
    [null, "Anggaran", "Realisasi", "Anggaran", "Realisasi", "%", "Sisa"],
  ];
  const merges = ["A1:A2", "B1:C1", "D1:G1"];
  test("the % and Sisa are of the TOTAL pair, not of the first group", () => {
    const rows: FixtureCell[][] = [
      ...header,
      ["Program A", 600000, 300000, 1000000, 800000, 80, 200000],
      ["Program B", 400000, 100000, 2000000, 1000000, 50, 1000000],
      ["Program C", 100000, 100000, 500000, 250000, 50, 250000],
    ];
    const t = recognize(gridFromSheet({ name: "S", rows, merges })).tables[0];
    expect(roles(t)).toMatchObject({
      anggaran: "D",
      realisasi_anggaran: "E",
      serapan: "F",
      sisa: "G",
    });
    expect(t.doubts.join(" ")).toMatch(/kolom D.*kolom E/);
    expect(errors(rows, merges)).toEqual([]);
  });
  test("a % that fits no pair in most rows is not judged (no false serapan errors)", () => {
    const rows: FixtureCell[][] = [
      ...header,
      ["Program A", 600000, 300000, 1000000, 800000, 13, 200000],
      ["Program B", 400000, 100000, 2000000, 1000000, 17, 1000000],
      ["Program C", 100000, 100000, 500000, 250000, 21, 250000],
    ];
    const t = recognize(gridFromSheet({ name: "S", rows, merges })).tables[0];
    expect(t.columns.serapan).toBeUndefined();
    expect(errors(rows, merges).filter((e) => e.includes("SERAPAN"))).toEqual([]);
  });
});

describe("money is rupiah", () => {
  test("score columns under budget words (IKPA) are no budget table", () => {
    const rows: FixtureCell[][] = [
      [
        "No",
        "Kode Satker",
        "Uraian Satker",
        "Kualitas Perencanaan Anggaran",
        "Kualitas Pelaksanaan Anggaran",
        "Nilai Total",
      ],
      [1, 692339, "Satker A", 95.5, 88.21, 91.3],
      [2, 692340, "Satker B", 100, 97.5, 98.2],
      [3, 692341, "Satker C", 80, 70.25, 75.1],
    ];
    expect(recognize(gridFromSheet({ name: "S", rows })).tables).toEqual([]);
  });
  test("a realisasi fisik (%) column is never summed as money", () => {
    const rows: FixtureCell[][] = [
      ["Kode", "Uraian", "Anggaran", "Realisasi Fisik"],
      ["2.16.01", "PROGRAM", 3000000, 55],
      ["2.16.01.2.01", "Kegiatan 1", 1000000, 40],
      ["2.16.01.2.02", "Kegiatan 2", 2000000, 70],
    ];
    expect(errors(rows)).toEqual([]);
  });
});

describe("hierarchy", () => {
  test("a code over several columns (urusan | program | rekening) links a rekening to its sub kegiatan", () => {
    const rows: FixtureCell[][] = [
      ["Kode", null, null, "Uraian", "Anggaran", "Realisasi"],
      ["2.16", "2.16.01.2.01.0001", null, "Sub Kegiatan", "300,00", "100,00"],
      ["2.16", "2.16.01.2.01.0001", "5.1.02", "Belanja Barang dan Jasa", "300,00", "100,00"],
      ["2.16", "2.16.01.2.01.0001", "5.1.02.01", "Belanja Barang", "100,00", "100,00"],
      ["2.16", "2.16.01.2.01.0001", "5.1.02.02", "Belanja Jasa", "200,00", "0,00"],
      ["2.16", "2.16.01.2.01.0002", null, "Sub Kegiatan 2", "50,00", "0,00"],
      ["2.16", "2.16.01.2.01.0002", "5.1.02", "Belanja Barang dan Jasa", "50,00", "0,00"],
    ];
    const t = recognize(gridFromSheet({ name: "S", rows, merges: ["A1:C1"] })).tables[0];
    const parent = (r: number): number | undefined => t.rows.find((x) => x.row === r)?.parentRow;
    expect([parent(2), parent(3), parent(4), parent(6)]).toEqual([1, 2, 2, 5]);
  });
  test("a table whose guessed parents mostly disagree with their rows says so once, no subtotal errors", () => {
    const rows: FixtureCell[][] = [["Uraian", "Sumber Dana", "Anggaran"]];
    for (let i = 0; i < 6; i++) {
      rows.push([`KEGIATAN ${i}`, null, 1000 * (i + 1)]);
      rows.push([`Belanja ${i}a`, "DAU", 7], [`Belanja ${i}b`, "DAU", 9]);
    }
    expect(errors(rows)).toEqual([]);
  });
});

describe("one finding per failing column", () => {
  test("a pagu column broken in most rows (#REF!): one error with the range and the count", () => {
    const rows: FixtureCell[][] = [["Uraian", "Anggaran", "Realisasi"]];
    for (let i = 0; i < 8; i++) rows.push([`Program ${i}`, i < 6 ? "#REF!" : 1000000, 500000]);
    const g = gridFromSheet({ name: "S", rows });
    const found = validate(g, recognize(g).tables).findings.filter(
      (f) => f.rule === "NOT_A_NUMBER"
    );
    expect(found).toHaveLength(1);
    expect(found[0].cell).toBe("B2");
    expect(found[0].message).toMatch(/^6 sel di kolom B \(B2:B7\)/);
  });
  test("a few rows over their pagu in a long table stay one finding per cell", () => {
    const rows: FixtureCell[][] = [["Uraian", "Anggaran", "Realisasi"]];
    for (let i = 0; i < 20; i++) rows.push([`Program ${i}`, 1000000, i < 6 ? 1200000 : 500000]);
    const g = gridFromSheet({ name: "S", rows });
    expect(
      validate(g, recognize(g).tables).findings.filter((f) => f.rule === "REALISASI_EXCEEDS_PAGU")
    ).toHaveLength(6);
  });
});
