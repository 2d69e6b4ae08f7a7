// Before / after budget tables (APBD / RKPD / DPA perubahan): the table is found whole, its budget is the
// after-change amount, and a doubt names the column taken and the one left out. Layouts follow real exports:
// a flat "Jumlah | Jumlah Perubahan" pair, a merged "Sebelum Perubahan | Setelah Perubahan" group over
// spending groups with a Jumlah each and a "Bertambah (Berkurang)" column, snake_case "menjadi_" columns.
import { bacaTeks } from "../../../src/engine/number-text";
import { columnLetter, rangeToA1, recognize } from "../../../src/engine/recognize/index";
import { phaseOf } from "../../../src/engine/recognize/revision";
import type { RecognizedTable } from "../../../src/engine/types";
import { validate } from "../../../src/engine/validate/index";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell } from "../../fixtures/spec";

const roles = (t: RecognizedTable): Record<string, string> =>
  Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, columnLetter(c as number)]));
const read = (rows: FixtureCell[][], merges: string[] = []) => {
  const g = gridFromSheet({ name: "S", rows, merges });
  const r = recognize(g);
  const claims = validate(g, r.tables)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.cell} ${f.rule}`);
  return { ...r, claims };
};

describe("phase of a column label", () => {
  test.each([
    ["Sebelum Perubahan", "before"],
    ["Pagu Semula", "before"],
    ["APBD Murni", "before"],
    ["Setelah Perubahan", "after"],
    ["Pagu Sesudah", "after"],
    ["menjadi_anggaran", "after"],
    ["JUMLAH PERUBAHAN", "after"],
    ["Bertambah (Berkurang)", "shift"],
    ["Selisih pagu sebelum dan sesudah", "shift"],
    ["Anggaran", null],
    ["Kondisi Awal", null],
  ])("%s -> %s", (label, phase) => {
    expect(phaseOf(label)).toBe(phase);
  });
});

describe("before / after budget tables", () => {
  test("flat JUMLAH | JUMLAH PERUBAHAN: the after-change JUMLAH is the budget, hierarchy columns left as context", () => {
    const rows: FixtureCell[][] = [
      ["SKPD", "PROGRAM", "KEGIATAN", "URAIAN BELANJA", "SUMBERDANA", "JUMLAH", "JUMLAH PERUBAHAN"],
      [
        "1.01 - DINAS A",
        "1.01.01 PROGRAM P",
        "1.01.01.2.01 Kegiatan K",
        "5.1.02.01 Belanja ATK",
        "DAU",
        4950000,
        5000000,
      ],
      [
        "1.01 - DINAS A",
        "1.01.01 PROGRAM P",
        "1.01.01.2.01 Kegiatan K",
        "5.1.02.02 Belanja Cetak",
        "DAU",
        1200000,
        900000,
      ],
      [
        "1.01 - DINAS A",
        "1.01.01 PROGRAM P",
        "1.01.01.2.01 Kegiatan K",
        "5.1.02.03 Belanja Mamin",
        "DAU",
        "None",
        300000,
      ],
    ];
    const r = read(rows);
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0];
    expect(rangeToA1(t.range)).toBe("A1:G4");
    expect(t.kind).toBe("anggaran");
    expect(roles(t)).toMatchObject({ uraian: "D", anggaran: "G" });
    expect(t.doubts.join(" ")).toMatch(/kolom G \("JUMLAH PERUBAHAN"\).*Kolom F \("JUMLAH"\)/);
    expect(r.claims).toEqual([]);
  });

  test("merged Sebelum / Setelah Perubahan over spending groups: the after group's Jumlah, the shift column has no role", () => {
    const rows: FixtureCell[][] = [
      [
        "Kode",
        "Uraian",
        "Sebelum Perubahan",
        null,
        null,
        "Setelah Perubahan",
        null,
        null,
        "Bertambah (Berkurang)",
      ],
      [null, null, "Operasi", "Modal", "Jumlah", "Operasi", "Modal", "Jumlah", null],
      ["1.01", "Program A", 100, 50, 150, 120, 60, 180, 30],
      ["1.01.01", "Kegiatan A1", 100, 50, 150, 120, 60, 180, 30],
      ["1.02", "Program B", 200, 0, 200, 150, 0, 150, -50],
      ["1.02.01", "Kegiatan B1", 200, 0, 200, 150, 0, 150, -50],
    ].map((row) => row.map((c) => (typeof c === "number" ? c * 1000000 : c)));
    const merges = ["A1:A2", "B1:B2", "C1:E1", "F1:H1", "I1:I2"];
    const r = read(rows, merges);
    const t = r.tables[0];
    expect(rangeToA1(t.range)).toBe("A1:I6");
    expect(t.headerRows).toEqual([0, 1]);
    expect(roles(t)).toEqual({ kode: "A", uraian: "B", anggaran: "H" });
    expect(t.doubts.join(" ")).toMatch(/kolom H .*Kolom E /);
    expect(r.claims).toEqual([]);
  });

  test("Pagu sebelum / sesudah without a realisasi: pagu sesudah, with a doubt", () => {
    const rows: FixtureCell[][] = [
      ["No", "Program / Kegiatan", "Pagu Sebelum", "Pagu Sesudah", "Keterangan"],
      [1, "Program A", 5000000, 6000000, "naik"],
      [2, "Program B", 3000000, 2500000, "turun"],
    ];
    const t = read(rows).tables[0];
    expect(roles(t)).toMatchObject({ uraian: "B", anggaran: "D" });
    expect(t.doubts.join(" ")).toMatch(/kolom D \("Pagu Sesudah"\)/);
  });

  test("a realisasi measured against the budget before the change: the figures pick the before pagu", () => {
    // E = D / C in every row (and not D / F): the % was computed on the before budget.
    const rows: FixtureCell[][] = [
      ["No", "Uraian", "Pagu Sebelum (Rp)", "Realisasi (Rp)", "Realisasi (%)", "Pagu Setelah (Rp)"],
      [1, "Program A", 2000000, 1000000, { v: 0.5, fmt: "0.00%" }, 2500000],
      [2, "Program B", 4000000, 1000000, { v: 0.25, fmt: "0.00%" }, 3000000],
    ];
    const t = read(rows).tables[0];
    expect(roles(t)).toMatchObject({ anggaran: "C", realisasi_anggaran: "D", serapan: "E" });
  });

  test("with a realisasi but no % to settle it: the after-change pagu", () => {
    const rows: FixtureCell[][] = [
      ["No", "Uraian", "Pagu Sebelum (Rp)", "Pagu Setelah (Rp)", "Realisasi (Rp)"],
      [1, "Program A", 2000000, 2500000, 1000000],
      [2, "Program B", 4000000, 3000000, 1000000],
    ];
    const t = read(rows).tables[0];
    expect(roles(t)).toMatchObject({ anggaran: "D", realisasi_anggaran: "E" });
  });

  test("a lone 'Anggaran Perubahan' (no before column) is simply the budget; nothing set aside", () => {
    const rows: FixtureCell[][] = [
      ["No", "Uraian", "Anggaran Perubahan", "Realisasi"],
      [1, "Program A", 2000000, 1000000],
      [2, "Program B", 4000000, 1000000],
    ];
    const t = read(rows).tables[0];
    expect(roles(t)).toMatchObject({ anggaran: "C", realisasi_anggaran: "D" });
    expect(t.doubts.join(" ")).not.toMatch(/sebelum \/ sesudah/);
  });

  test("'None' in an amount cell is no figure", () => {
    expect(bacaTeks("None").kind).toBe("empty");
  });
});
